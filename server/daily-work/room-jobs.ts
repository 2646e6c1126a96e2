// Runs a piece of work per room off the request and sync paths, as both daily-work jobs need
// (check-in-audit.ts, sign-off-facts-job.ts): a run starts a moment after it was asked for (changes
// come in bursts, so one run covers a burst), and one room's runs never overlap (each follows the one
// before), while different rooms run independently. A failed run is logged and the next ask tries again.
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';

export interface RoomJobs {
  /** Runs the work for the room after the delay, unless a run is already due. */
  schedule(room: RoomName): void;
  /** A run for the room is under way. */
  isRunning(room: RoomName): boolean;
  isClosed(): boolean;
  /** Runs every due run now and resolves once none is due or running (a run may ask for another). */
  settled(): Promise<void>;
  /** No more runs start; resolves once those under way have ended. */
  close(): Promise<void>;
}

export interface RoomJobsOptions {
  readonly delayMs: number;
  readonly work: (room: RoomName) => Promise<void>;
  readonly logger: Logger;
  /** The log message of a failed run. */
  readonly failed: string;
}

export function makeRoomJobs(options: RoomJobsOptions): RoomJobs {
  const timers = new Map<RoomName, ReturnType<typeof setTimeout>>();
  const running = new Map<RoomName, Promise<void>>();
  let closed = false;

  const run = (room: RoomName): void => {
    timers.delete(room);
    const previous = running.get(room) ?? Promise.resolve();
    const next = previous.then(() => (closed ? undefined : options.work(room))).catch((error: unknown) => options.logger.error(options.failed, { room, error }));
    running.set(room, next);
    void next.finally(() => {
      if (running.get(room) === next) running.delete(room);
    });
  };

  return {
    schedule(room) {
      if (closed || timers.has(room)) return;
      timers.set(room, setTimeout(() => run(room), options.delayMs));
    },
    isRunning: (room) => running.has(room),
    isClosed: () => closed,
    async settled() {
      while (timers.size > 0 || running.size > 0) {
        for (const room of [...timers.keys()]) {
          clearTimeout(timers.get(room));
          run(room);
        }
        await Promise.all(running.values());
      }
    },
    async close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all(running.values());
    },
  };
}
