// Sends each robot's team briefing once per working day, at or after its configured local time.
// `tick()` is driven by a timer in production and called directly by tests with an injected clock;
// `lastBriefingDay` is stored before sending so a restart or a slow send never posts it twice.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import type { RobotSettings, RobotStore } from './robot-store';
import type { RobotMessage } from './robot-types';
import type { SendOutcome } from './send-robot';
import { composeTeamBriefing, teamDay } from './team-briefing';

export const BRIEFING_TICK_MS = 30_000;

export interface BriefingScheduler {
  /** Sends every briefing that is due now; resolves when they are all settled. */
  tick(): Promise<void>;
  stop(): void;
}

export interface BriefingSchedulerDeps {
  readonly robots: RobotStore;
  readonly docs: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly send: (robot: RobotSettings, message: RobotMessage, purpose: 'briefing') => Promise<SendOutcome>;
  /** false: no timer (tests call tick). */
  readonly autoTick: boolean;
}

export function createBriefingScheduler(deps: BriefingSchedulerDeps): BriefingScheduler {
  let running: Promise<void> | null = null;
  const tick = async (): Promise<void> => {
    const now = deps.clock.now();
    for (const robot of deps.robots.all()) {
      if (!robot.enabled || robot.briefingTime === null) continue;
      const localTime = new Date(now - robot.timeZoneOffsetMinutes * 60_000).toISOString().slice(11, 16);
      if (localTime < robot.briefingTime) continue;
      try {
        const day = await teamDay(deps.docs, robot.workspaceId, now, robot.timeZoneOffsetMinutes);
        if (!day.working || robot.lastBriefingDay === day.today) continue;
        deps.robots.markBriefingSent(robot.id, day.today);
        const message = await composeTeamBriefing(deps.docs, robot.workspaceId, day, robot.timeZoneOffsetMinutes, robot.language);
        await deps.send(robot, message, 'briefing');
      } catch (error) {
        deps.logger.error('briefing failed', { robot: robot.id, workspace: robot.workspaceId, error });
      }
    }
  };
  const timer = deps.autoTick ? setInterval(() => {
    running ??= tick().finally(() => { running = null; });
  }, BRIEFING_TICK_MS) : null;
  timer?.unref();
  return {
    tick: () => (running ??= tick().finally(() => { running = null; })),
    stop: () => { if (timer) clearInterval(timer); },
  };
}
