// The rooms held in memory. A cold room is created (and loaded) once however many peers join
// at the same moment; an empty room is saved and dropped after the idle time, unless someone
// joins while it is being saved, in which case it simply stays.
import type { RoomName } from '../../shared/schema/room-name';
import type { Logger } from '../log';
import type { Peer } from './peer';
import type { RelayErrorKind } from './relay-observer';
import type { Room } from './room';

export interface RoomRegistry {
  /** The room for `name`, loading it if cold; the caller adds its peer before yielding. */
  acquire(name: RoomName): Room;
  leave(room: Room, peer: Peer): void;
  /** Forgets a room whose store failed, without saving it. */
  drop(room: Room): void;
  isLoaded(name: RoomName): boolean;
  /** The room held for `name`, without loading or holding it. */
  peek(name: RoomName): Room | undefined;
  size(): number;
  /** Saves every room and stops idle timers; for graceful shutdown. */
  persistAll(): Promise<void>;
  /** Frees every room (documents, presence timers); after persistAll, once sockets are closed. */
  destroyAll(): void;
}

export interface RoomRegistryOptions {
  readonly createRoom: (name: RoomName) => Room;
  readonly idleUnloadMs: number;
  readonly logger: Logger;
  readonly reportError: (kind: RelayErrorKind) => void;
}

export function createRoomRegistry(options: RoomRegistryOptions): RoomRegistry {
  const rooms = new Map<RoomName, Room>();
  const idleTimers = new Map<RoomName, NodeJS.Timeout>();
  let stopping = false;

  const cancelIdle = (name: RoomName): void => {
    clearTimeout(idleTimers.get(name));
    idleTimers.delete(name);
  };
  const scheduleIdle = (room: Room): void => {
    if (stopping || room.peerCount() > 0 || idleTimers.has(room.name)) return;
    const timer = setTimeout(() => {
      idleTimers.delete(room.name);
      void unload(room);
    }, options.idleUnloadMs);
    timer.unref();
    idleTimers.set(room.name, timer);
  };
  const unload = async (room: Room): Promise<void> => {
    try {
      await room.persist();
    } catch (error) {
      options.logger.error('saving idle room failed', { room: room.name, error });
      options.reportError('room-save-failed');
    }
    if (rooms.get(room.name) !== room || room.peerCount() > 0) return;
    // writes that arrived during the save (from a peer that came and went) get another round
    if (!room.isQuiescent()) return scheduleIdle(room);
    cancelIdle(room.name);
    rooms.delete(room.name);
    room.destroy();
    options.logger.debug('room unloaded', { room: room.name });
  };

  return {
    acquire(name) {
      cancelIdle(name);
      let room = rooms.get(name);
      if (room === undefined) {
        room = options.createRoom(name);
        rooms.set(name, room);
      }
      return room;
    },
    leave(room, peer) {
      room.remove(peer);
      if (rooms.get(room.name) === room) scheduleIdle(room);
    },
    drop(room) {
      cancelIdle(room.name);
      if (rooms.get(room.name) === room) rooms.delete(room.name);
      room.destroy();
    },
    isLoaded: (name) => rooms.has(name),
    peek: (name) => rooms.get(name),
    size: () => rooms.size,
    async persistAll() {
      stopping = true;
      for (const name of idleTimers.keys()) cancelIdle(name);
      const results = await Promise.allSettled([...rooms.values()].map((room) => room.persist()));
      for (const result of results) {
        if (result.status !== 'rejected') continue;
        options.logger.error('saving room at shutdown failed', { error: result.reason });
        options.reportError('room-save-failed');
      }
    },
    destroyAll() {
      for (const room of rooms.values()) room.destroy();
      rooms.clear();
    },
  };
}
