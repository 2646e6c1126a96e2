// What the relay tells the outside about its traffic, for metrics: the composition root passes a
// listener in, so the relay itself still knows nothing of tasks. Each call is made on the relay's
// own path and must return at once (record a number, arm a timer); never read a document here.
import type { RoomName } from '../../shared/schema/room-name';

/**
 * Errors the relay handled and kept serving through, one kind per place that handles them (for the
 * operators' sitebeam_errors_total{kind}). A shutdown's 503 and a viewer's dropped edit are not errors.
 */
export const RELAY_ERROR_KINDS = [
  // a frame that is not y-protocols (bad bytes, an update that does not apply, text, over the size limit)
  'bad-frame',
  // a message handler threw something other than a protocol error (a bug): closed with 1011
  'message-failed',
  'message-rate-limited',
  'load-buffer-overflow',
  'slow-consumer',
  'room-load-failed',
  // upgrade refusals: a bad path or room name; no or a bad session, no access, a foreign origin; too many from one IP; a throw
  'upgrade-bad-target',
  'auth-refused',
  'connection-rate-limited',
  'upgrade-failed',
  'storage-failed',
  'compaction-failed',
  'room-save-failed',
  'stored-update-skipped',
] as const;
export type RelayErrorKind = (typeof RELAY_ERROR_KINDS)[number];

export interface RelayObserver {
  /** A socket joined a room (after access was granted). */
  peerJoined?(room: RoomName, userId: string | undefined, sessionId: string | undefined): void;
  /** A socket closed, with the close code it closed with. */
  peerClosed?(room: RoomName, code: number): void;
  /** A batch of a room's updates became durable: how many, their bytes, the append's latency. */
  updatesStored?(room: RoomName, entries: number, bytes: number, appendMs: number): void;
  /** A peer's accepted update changed the room's document and is durable. */
  roomChanged?(room: RoomName, userId: string | undefined): void;
  /** A room compacted its log; lag = log entries it had waiting. */
  roomCompacted?(room: RoomName, entries: number): void;
  /** The relay handled an error of this kind (and logged it). */
  errorHandled?(kind: RelayErrorKind): void;
}

export const NO_OBSERVER: RelayObserver = Object.freeze({});

/** Calls one observer method, so a failing listener never breaks the relay's own work. */
export function notifyObserver(run: () => void, onError: (error: unknown) => void): void {
  try {
    run();
  } catch (error) {
    onError(error);
  }
}
