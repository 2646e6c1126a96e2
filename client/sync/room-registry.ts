// Opens each room once however many views use it, and closes it when the last view lets go, but only
// after its edits reached the relay, so leaving a board never strands an edit in a closed socket.
import { createSignal, type Accessor } from 'solid-js';
import type { RoomName } from '../../shared/schema';
import { makeRoom, type Room, type RoomOptions } from './open-room';

/** Going back and forth between two screens shouldn't reconnect and reload the document each time. */
const LINGER_MS = 15_000;

export interface RoomRegistry {
  acquire(name: RoomName): Room;
  release(name: RoomName): void;
  /** The rooms open right now, as a signal for the header's combined sync badge. */
  readonly openRooms: Accessor<readonly Room[]>;
  /** Gives every open room (and every room opened later) this session token, or none. */
  setToken(token: string | null): void;
  destroy(): void;
}

interface Entry {
  readonly room: Room;
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

export function makeRoomRegistry(options: Omit<RoomOptions, 'token'> & { readonly token: string | null }): RoomRegistry {
  let token = options.token;
  const roomOptions: RoomOptions = { ...options, token: () => token };
  const entries = new Map<RoomName, Entry>();
  const [openRooms, setOpenRooms] = createSignal<readonly Room[]>([]);
  const publish = (): void => {
    setOpenRooms([...entries.values()].map((entry) => entry.room));
  };

  const scheduleClose = (name: RoomName, entry: Entry): void => {
    entry.closeTimer = setTimeout(() => {
      entry.closeTimer = null;
      if (entry.users > 0) return;
      if (entry.room.hasUnsavedEdits()) return scheduleClose(name, entry);
      entries.delete(name);
      entry.room.destroy();
      publish();
    }, LINGER_MS);
  };

  return {
    acquire(name) {
      const existing = entries.get(name);
      if (existing) {
        existing.users++;
        if (existing.closeTimer !== null) clearTimeout(existing.closeTimer);
        existing.closeTimer = null;
        return existing.room;
      }
      const entry: Entry = { room: makeRoom(name, roomOptions), users: 1, closeTimer: null };
      entries.set(name, entry);
      publish();
      return entry.room;
    },
    release(name) {
      const entry = entries.get(name);
      if (!entry) return;
      entry.users = Math.max(0, entry.users - 1);
      if (entry.users === 0 && entry.closeTimer === null) scheduleClose(name, entry);
    },
    openRooms,
    setToken(next) {
      token = next;
      for (const entry of entries.values()) entry.room.setToken(next);
    },
    destroy() {
      for (const entry of entries.values()) {
        if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
        entry.room.destroy();
      }
      entries.clear();
      publish();
    },
  };
}
