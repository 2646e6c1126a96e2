// Rebuilt room documents kept for a moment in the snapshot worker, so the reads one settled room
// triggers share one rebuild: its snapshot figures and, right after, a relay alert check for the same
// room (server/notify/alert-candidates.ts) both read the project room, and both read the workspace
// room. The rebuild is nearly all of a read's cost (docs/robots.md: 402 ms of a 4.1 MB room; reading
// its rows 2.5 ms). An entry is used only while the room's highest stored sequence number is the one
// it was built at: seq numbers only grow, and a compaction keeps the highest, so the same number means
// the same document. Bounded by rooms and stored bytes (least recently used go first), and emptied
// when the worker has been idle a while, so a quiet relay holds no documents. Readers only read
// through shared/schema, never write, so a kept document stays as stored.
import type * as Y from 'yjs';
import type { RoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import { buildRoomDoc, withRoomDoc } from '../store/stored-room-doc';

/** The snapshot job's rooms per tick: a tick's rooms and their alert checks all hit. */
export const ROOM_DOC_CACHE_MAX_ROOMS = 4;
/**
 * Stored bytes kept at most: a rebuilt Y.Doc takes about 13 times its stored bytes of heap (a
 * 2,000-task board, 1.3 MiB stored: 18 MiB), so 8 MiB is about 100 MiB of worker heap at worst, for
 * 10 s; enough for a tick of big rooms like the bench's 4.1 MB one with its workspace room.
 */
export const ROOM_DOC_CACHE_MAX_STORED_BYTES = 8 * 1024 * 1024;

export interface VersionedRoomSource extends Pick<DocStore, 'load'> {
  /** The room's highest stored sequence number (0 for a room never written), without reading its bytes. */
  lastSeq(room: RoomName): Promise<number>;
}

export interface CachedRoomDocs extends Pick<DocStore, 'load'> {
  /** Reads the room's current document, rebuilt only if the kept one is of an older stored version. */
  readDoc<T>(room: RoomName, read: (doc: Y.Doc) => T): Promise<T>;
  /** Documents rebuilt from the store so far. */
  rebuilds(): number;
  /** Destroys every kept document. */
  clear(): void;
}

export interface RoomDocCacheOptions {
  readonly maxRooms?: number;
  readonly maxStoredBytes?: number;
}

interface Entry {
  readonly lastSeq: number;
  readonly doc: Y.Doc;
  readonly bytes: number;
}

/** Where a snapshot or alert check reads a room: through the cache when the source has one, else rebuilt for this read. */
export function readRoomDoc<T>(source: Pick<DocStore, 'load'> | CachedRoomDocs, room: RoomName, read: (doc: Y.Doc) => T): Promise<T> {
  return 'readDoc' in source ? source.readDoc(room, read) : withRoomDoc(source, room, read);
}

export function makeRoomDocCache(source: VersionedRoomSource, options: RoomDocCacheOptions = {}): CachedRoomDocs {
  const maxRooms = options.maxRooms ?? ROOM_DOC_CACHE_MAX_ROOMS;
  const maxBytes = options.maxStoredBytes ?? ROOM_DOC_CACHE_MAX_STORED_BYTES;
  // Map order is use order: the first entry is the least recently used
  const entries = new Map<RoomName, Entry>();
  let bytes = 0;
  let rebuilt = 0;

  const drop = (room: RoomName): void => {
    const entry = entries.get(room);
    if (entry === undefined) return;
    entries.delete(room);
    bytes -= entry.bytes;
    entry.doc.destroy();
  };

  return {
    load: (room) => source.load(room),
    async readDoc(room, read) {
      const lastSeq = await source.lastSeq(room);
      const kept = entries.get(room);
      if (kept !== undefined && kept.lastSeq === lastSeq) {
        entries.delete(room);
        entries.set(room, kept);
        return read(kept.doc);
      }
      drop(room);
      const stored = await source.load(room);
      const doc = buildRoomDoc(stored);
      rebuilt += 1;
      const size = (stored.snapshot?.byteLength ?? 0) + stored.updateBytes;
      if (size > maxBytes || maxRooms === 0) {
        try {
          return read(doc);
        } finally {
          doc.destroy();
        }
      }
      // a concurrent read may have kept the room meanwhile: the newer build replaces it
      drop(room);
      entries.set(room, { lastSeq: stored.lastSeq, doc, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxRooms && bytes <= maxBytes) break;
        if (oldest !== room) drop(oldest);
      }
      return read(doc);
    },
    rebuilds: () => rebuilt,
    clear() {
      for (const room of [...entries.keys()]) drop(room);
    },
  };
}
