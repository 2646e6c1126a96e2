// Reads a room's history from the relay page by page and keeps the newest attributed entries. The
// relay sends oldest first, so the loader remembers where it stopped: opening the history again
// only fetches what is new. Work is capped per load and in memory, so a long-lived project never
// makes a phone decode its whole past at once.
import type * as Y from 'yjs';
import type { ApiResult, HistoryPage } from '../../access/access-api';
import type { AttributedEntry } from './history-lines';
import { decodeUpdate, isUpdateInDoc, taskChangesOf, type CommentCard } from './task-changes';

/** Pages fetched per load (500 entries each) before handing back what is there. */
export const MAX_PAGES_PER_LOAD = 10;
/** Entries kept for display; older ones are dropped and the screen says so. */
export const MAX_KEPT_ENTRIES = 3000;

export interface HistorySnapshot {
  /** Oldest first; only entries that changed a card. */
  readonly entries: readonly AttributedEntry[];
  /** Older entries were dropped to stay within MAX_KEPT_ENTRIES. */
  readonly olderDropped: boolean;
  /** The relay has more after these (the per-load cap was reached): load again to continue. */
  readonly hasMore: boolean;
  /** The relay holds an update this device hasn't synced yet: loading stopped before it. */
  readonly waitingForSync: boolean;
}

export interface HistoryLoaderOptions {
  readonly doc: Y.Doc;
  readonly fetchPage: (after: number) => Promise<ApiResult<HistoryPage>>;
  readonly commentCard: CommentCard;
  readonly maxPagesPerLoad?: number;
  readonly maxKeptEntries?: number;
}

export interface HistoryLoader {
  /** Fetches what is new since the last load; concurrent calls share one load. */
  load(): Promise<ApiResult<HistorySnapshot>>;
}

export function makeHistoryLoader(options: HistoryLoaderOptions): HistoryLoader {
  const maxPages = options.maxPagesPerLoad ?? MAX_PAGES_PER_LOAD;
  const maxKept = options.maxKeptEntries ?? MAX_KEPT_ENTRIES;
  let entries: AttributedEntry[] = [];
  let cursor = 0;
  let olderDropped = false;
  let inFlight: Promise<ApiResult<HistorySnapshot>> | null = null;

  const keep = (entry: AttributedEntry): void => {
    entries.push(entry);
    if (entries.length > maxKept) {
      entries = entries.slice(entries.length - maxKept);
      olderDropped = true;
    }
  };

  const run = async (): Promise<ApiResult<HistorySnapshot>> => {
    let hasMore = true;
    let waitingForSync = false;
    for (let pages = 0; pages < maxPages && hasMore && !waitingForSync; pages++) {
      const page = await options.fetchPage(cursor);
      if (!page.ok) return page;
      hasMore = page.value.more;
      for (const wire of page.value.entries) {
        const update = decodeUpdate(wire.update);
        if (update !== null && !isUpdateInDoc(options.doc, update)) {
          waitingForSync = true;
          break;
        }
        cursor = Math.max(cursor, wire.seq);
        const changes = update === null ? [] : taskChangesOf(options.doc, update, options.commentCard);
        if (changes.length > 0) keep({ seq: wire.seq, at: wire.at, userId: wire.userId, userName: wire.userName, changes });
      }
    }
    return { ok: true, value: { entries: [...entries], olderDropped, hasMore: hasMore && !waitingForSync, waitingForSync } };
  };

  return {
    load() {
      inFlight ??= run().finally(() => (inFlight = null));
      return inFlight;
    },
  };
}
