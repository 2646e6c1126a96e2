// Whether the relay's storage takes writes. After a failed append (disk full, read-only, I/O error)
// every room refuses document updates for a back-off window, while sync and presence go on, so
// readers keep working and nothing unsaved is ever shown as saved. When the window ends, the
// writers that were refused are told to reconnect (1012), which makes them resend their edits.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { CLOSE_CODE } from './message-types';
import type { Peer } from './peer';

export interface StorageHealth {
  acceptsWrites(): boolean;
  /** A write was refused to this peer; it is asked to reconnect once storage works again. */
  refused(peer: Peer): void;
  reportFailure(error: unknown): void;
  reportSuccess(): void;
  isDegraded(): boolean;
  dispose(): void;
}

export interface StorageHealthOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
}

export function createStorageHealth(options: StorageHealthOptions): StorageHealth {
  const firstRetryMs = options.firstRetryMs ?? 5_000;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  let retryMs = firstRetryMs;
  let degradedUntil = 0;
  let timer: NodeJS.Timeout | null = null;
  const waiting = new Set<Peer>();

  const recover = (): void => {
    timer = null;
    options.logger.info('storage write retry window open', { refusedPeers: waiting.size });
    for (const peer of waiting) peer.close(CLOSE_CODE.serviceRestart, 'storage available again');
    waiting.clear();
  };

  return {
    acceptsWrites: () => options.clock.now() >= degradedUntil,
    refused: (peer) => void waiting.add(peer),
    reportFailure(error) {
      degradedUntil = options.clock.now() + retryMs;
      options.logger.error('storage failed: refusing document updates', { error, retryInMs: retryMs });
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(recover, retryMs);
      timer.unref();
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    },
    reportSuccess() {
      retryMs = firstRetryMs;
    },
    isDegraded: () => options.clock.now() < degradedUntil,
    dispose() {
      if (timer !== null) clearTimeout(timer);
      waiting.clear();
    },
  };
}
