// The robot form's plain model: what the fields hold, checks before sending (the relay checks the
// host per service), and the wire input it becomes. Kept apart from the view so it tests without a DOM.
import type { RobotInputWire, RobotWire } from '../../access/access-api';

export interface RobotDraft {
  readonly id: string | null;
  readonly kind: RobotWire['kind'];
  readonly name: string;
  readonly webhookUrl: string;
  /** Empty when editing = keep the stored secret. */
  readonly secret: string;
  /** 'HH:MM', or '' for no daily briefing. */
  readonly briefingTime: string;
  readonly language: RobotWire['language'];
  readonly alertLateCritical: boolean;
  readonly alertBudgetOverrun: boolean;
}

export type DraftError = 'robots.error.nameRequired' | 'robots.error.badUrl';

export function emptyDraft(): RobotDraft {
  return { id: null, kind: 'dingtalk', name: '', webhookUrl: '', secret: '', briefingTime: '08:00', language: 'zh-CN', alertLateCritical: false, alertBudgetOverrun: false };
}

/** Editing starts from the stored robot; the webhook must be pasted again, as only its masked form comes back. */
export function draftOf(robot: RobotWire): RobotDraft {
  return {
    id: robot.id, kind: robot.kind, name: robot.name, webhookUrl: '', secret: '', briefingTime: robot.briefingTime ?? '', language: robot.language,
    alertLateCritical: robot.alerts?.lateCritical ?? false, alertBudgetOverrun: robot.alerts?.budgetOverrun ?? false,
  };
}

export function checkDraft(draft: RobotDraft): DraftError | null {
  if (draft.name.trim() === '') return 'robots.error.nameRequired';
  try {
    const url = new URL(draft.webhookUrl.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'robots.error.badUrl';
  } catch {
    return 'robots.error.badUrl';
  }
  return null;
}

export function inputOf(draft: RobotDraft, timeZoneOffsetMinutes: number): RobotInputWire {
  const secret = draft.secret.trim();
  return {
    ...(draft.id === null ? {} : { id: draft.id }),
    kind: draft.kind,
    name: draft.name.trim(),
    webhookUrl: draft.webhookUrl.trim(),
    // a new robot without a secret has none; an edit with the field left empty keeps the stored one
    ...(secret !== '' ? { secret } : draft.id === null ? { secret: '' } : {}),
    briefingTime: draft.briefingTime === '' ? null : draft.briefingTime,
    language: draft.language,
    timeZoneOffsetMinutes,
    alerts: { lateCritical: draft.alertLateCritical, budgetOverrun: draft.alertBudgetOverrun },
  };
}
