// What the relay tells the outside about its traffic, for metrics: the composition root passes a
// listener in, so the relay itself still knows nothing of tasks. Each call is made on the relay's
// own path and must return at once (record a number, arm a timer); never read a document here.
import type { RoomName } from '../../shared/schema/room-name';

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
