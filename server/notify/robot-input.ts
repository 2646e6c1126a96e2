// Checks a robot as an admin submits it: kind, a webhook on the service's own host (so the relay
// can't be turned into a tool for probing the internal network), a briefing time and language.
import { hasCharacterNotInAName } from '../../shared/schema/pending-name';
import { BRIEFING_LANGUAGES, NO_ALERTS, type BriefingLanguage, type RobotAlerts } from './robot-store';
import { isRobotKind, type RobotKind } from './robot-types';

export const ROBOT_HOSTS: Readonly<Record<RobotKind, readonly string[]>> = {
  dingtalk: ['oapi.dingtalk.com'],
  feishu: ['open.feishu.cn', 'open.larksuite.com'],
  wecom: ['qyapi.weixin.qq.com'],
};

export interface RobotInput {
  readonly kind: RobotKind;
  readonly name: string;
  readonly webhookUrl: string;
  /** undefined = keep the stored secret; null = none. */
  readonly secret: string | null | undefined;
  readonly briefingTime: string | null;
  readonly language: BriefingLanguage;
  readonly timeZoneOffsetMinutes: number;
  readonly alerts: RobotAlerts;
  /** undefined = keep the stored switch (a new robot starts enabled). */
  readonly enabled: boolean | undefined;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export function readRobotInput(body: Readonly<Record<string, unknown>>, anyHost: boolean): RobotInput | string {
  const { kind, name, webhookUrl, secret, briefingTime, language, timeZoneOffsetMinutes, alerts, enabled } = body;
  if (!isRobotKind(kind)) return 'invalid-kind';
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100 || hasCharacterNotInAName(name)) return 'invalid-name';
  if (typeof webhookUrl !== 'string' || webhookUrl.length > 1000 || !isServiceUrl(kind, webhookUrl, anyHost)) return 'invalid-webhook';
  if (secret !== undefined && secret !== null && (typeof secret !== 'string' || secret.length > 200)) return 'invalid-secret';
  if (kind === 'wecom' && typeof secret === 'string' && secret !== '') return 'invalid-secret';
  if (briefingTime !== null && (typeof briefingTime !== 'string' || !TIME_PATTERN.test(briefingTime))) return 'invalid-briefing-time';
  const lang = language ?? 'zh-CN';
  if (!(BRIEFING_LANGUAGES as readonly unknown[]).includes(lang)) return 'invalid-language';
  const offset = timeZoneOffsetMinutes ?? -480;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || Math.abs(offset) > 14 * 60) return 'invalid-time-zone';
  const chosenAlerts = readAlerts(alerts);
  if (chosenAlerts === null) return 'invalid-alerts';
  if (enabled !== undefined && typeof enabled !== 'boolean') return 'invalid-enabled';
  return {
    kind, name: name.trim(), webhookUrl, secret: secret === '' ? null : secret, briefingTime,
    language: lang === 'en' ? 'en' : 'zh-CN', timeZoneOffsetMinutes: offset, alerts: chosenAlerts, enabled,
  };
}

/** Absent = none (clients from before alerts existed); present = both flags as booleans. */
function readAlerts(value: unknown): RobotAlerts | null {
  if (value === undefined) return NO_ALERTS;
  if (typeof value !== 'object' || value === null) return null;
  const { lateCritical, budgetOverrun } = value as Record<string, unknown>;
  if (typeof lateCritical !== 'boolean' || typeof budgetOverrun !== 'boolean') return null;
  return { lateCritical, budgetOverrun };
}

function isServiceUrl(kind: RobotKind, value: string, anyHost: boolean): boolean {
  try {
    const url = new URL(value);
    if (anyHost) return url.protocol === 'https:' || url.protocol === 'http:';
    return url.protocol === 'https:' && ROBOT_HOSTS[kind].includes(url.hostname);
  } catch {
    return false;
  }
}
