// Robot settings API, admins and the owner only (403 for everyone else): list (secrets and webhook
// tokens masked), create or update (alert choices included), switch on or off, delete, send a test
// message, read recent deliveries.
import type { Context, Hono } from 'hono';
import { canManageMembers } from '../../shared/domain/access';
import { isId, newId } from '../../shared/ids';
import type { Access } from '../access/access';
import { apiError, readBody, signedIn } from '../access/access-http';
import type { Clock } from '../clock';
import { maskSecret, redactWebhook } from './redact';
import { readRobotInput } from './robot-input';
import type { DeliveryPurpose, RobotSettings, RobotStore } from './robot-store';
import type { SendOutcome } from './send-robot';
import type { RobotMessage } from './robot-types';

export interface RobotRoutesDeps {
  readonly access: Access;
  readonly store: RobotStore;
  readonly clock: Clock;
  readonly send: (robot: RobotSettings, message: RobotMessage, purpose: DeliveryPurpose) => Promise<SendOutcome>;
  /** Tests point robots at a local server; production accepts only the services' own hosts. */
  readonly anyHost: boolean;
}

export const TEST_MESSAGE: Readonly<Record<RobotSettings['language'], RobotMessage>> = {
  en: { title: 'SiteBeam test message', markdown: '**SiteBeam**\n\nThis robot is connected: the daily briefing will arrive here.' },
  'zh-CN': { title: 'SiteBeam 测试消息', markdown: '**SiteBeam**\n\n机器人已连接，每日简报将发送到这里。' },
};

export function mountRobotRoutes(app: Hono, deps: RobotRoutesDeps): void {
  const admin = (c: Context): string => {
    const signed = signedIn(c, deps.access);
    const workspaceId = c.req.param('workspaceId');
    if (!isId(workspaceId)) throw apiError(400, 'invalid-id');
    const role = deps.access.memberships.roleOf(signed.userId, workspaceId);
    if (role === null || !canManageMembers(role)) throw apiError(403, 'forbidden');
    return workspaceId;
  };
  const robotOf = (workspaceId: string, robotId: string | undefined): RobotSettings => {
    const robot = robotId === undefined ? null : deps.store.get(workspaceId, robotId);
    if (robot === null) throw apiError(404, 'robot-not-found');
    return robot;
  };

  app.get('/api/workspaces/:workspaceId/robots', (c) => c.json({ ok: true, robots: deps.store.list(admin(c)).map(maskedRobot) }));

  app.put('/api/workspaces/:workspaceId/robots', async (c) => {
    const workspaceId = admin(c);
    const body = await readBody(c);
    const input = readRobotInput(body, deps.anyHost);
    if (typeof input === 'string') throw apiError(400, input);
    const existing = typeof body.id === 'string' ? robotOf(workspaceId, body.id) : null;
    const robot: RobotSettings = {
      id: existing?.id ?? newId<'robot'>(), workspaceId, ...input,
      secret: input.secret === undefined ? (existing?.secret ?? null) : input.secret,
      enabled: input.enabled ?? existing?.enabled ?? true,
      lastBriefingDay: existing?.lastBriefingDay ?? null,
    };
    deps.store.put(robot, deps.clock.now());
    return c.json({ ok: true, robot: maskedRobot(robot) });
  });

  // its own route: the switch must not need the webhook pasted again, as the edit form does
  app.put('/api/workspaces/:workspaceId/robots/:robotId/enabled', async (c) => {
    const workspaceId = admin(c);
    const { enabled } = await readBody(c);
    if (typeof enabled !== 'boolean') throw apiError(400, 'invalid-enabled');
    const robot = deps.store.setEnabled(workspaceId, c.req.param('robotId'), enabled, deps.clock.now());
    if (robot === null) throw apiError(404, 'robot-not-found');
    return c.json({ ok: true, robot: maskedRobot(robot) });
  });

  app.delete('/api/workspaces/:workspaceId/robots/:robotId', (c) => {
    const workspaceId = admin(c);
    if (!deps.store.remove(workspaceId, c.req.param('robotId'))) throw apiError(404, 'robot-not-found');
    return c.json({ ok: true });
  });

  app.post('/api/workspaces/:workspaceId/robots/:robotId/test', async (c) => {
    const robot = robotOf(admin(c), c.req.param('robotId'));
    const outcome = await deps.send(robot, TEST_MESSAGE[robot.language], 'test');
    return c.json({ ok: true, delivered: outcome.ok, attempts: outcome.attempts, message: outcome.ok ? null : outcome.message });
  });

  app.get('/api/workspaces/:workspaceId/robots/:robotId/deliveries', (c) => {
    const robot = robotOf(admin(c), c.req.param('robotId'));
    return c.json({ ok: true, deliveries: deps.store.deliveries(robot.id) });
  });
}

/** What the settings page gets: the webhook's host and path with its token masked, the secret masked. */
export function maskedRobot(robot: RobotSettings): Readonly<Record<string, unknown>> {
  return {
    id: robot.id, kind: robot.kind, name: robot.name, webhook: redactWebhook(robot.webhookUrl),
    secret: robot.secret === null ? null : maskSecret(robot.secret), briefingTime: robot.briefingTime,
    language: robot.language, timeZoneOffsetMinutes: robot.timeZoneOffsetMinutes, lastBriefingDay: robot.lastBriefingDay,
    alerts: robot.alerts, enabled: robot.enabled,
  };
}
