// Fan-out of frames to every relay process serving a room. In-process today; a Redis pub/sub
// implementation can replace it without the rooms noticing.
import type { RoomName } from '../../shared/schema/room-name';

/** `origin` is the id of the connection the frame came from (it is not sent back), or null. */
export type FanoutListener = (frame: Uint8Array, origin: string | null) => void;

export interface Fanout {
  publish(room: RoomName, frame: Uint8Array, origin: string | null): void;
  /** Returns the unsubscribe function. */
  subscribe(room: RoomName, listener: FanoutListener): () => void;
}

export function createLocalFanout(): Fanout {
  const listeners = new Map<RoomName, Set<FanoutListener>>();
  return {
    publish(room, frame, origin) {
      const set = listeners.get(room);
      if (set === undefined) return;
      for (const listener of set) listener(frame, origin);
    },
    subscribe(room, listener) {
      let set = listeners.get(room);
      if (set === undefined) {
        set = new Set();
        listeners.set(room, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(room) === set) listeners.delete(room);
      };
    },
  };
}
