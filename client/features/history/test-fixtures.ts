// Shared arrange steps for the history tests: a real board document whose edits are recorded the
// way the relay keeps them (one entry per update, with its sender and time, bytes in base64).
import * as Y from 'yjs';
import type { HistoryEntryWire } from '../../access/access-api';
import { makeBoard, type BoardFixture } from '../../../shared/schema/test-fixtures';

export interface Person {
  readonly id: string;
  readonly name: string;
}

export const ANN: Person = { id: 'user_Ann00000001', name: 'Ann Wang' };
export const BO: Person = { id: 'user_Bo000000001', name: 'Bo Li' };
export const START = Date.UTC(2026, 10, 23, 8, 0, 0);

export interface RecordedBoard extends BoardFixture {
  readonly entries: HistoryEntryWire[];
  /** Runs `edit` as `person` at `at` and records the update it produced as the next entry. */
  record<T>(person: Person, at: number, edit: () => T): T;
}

export function recordedBoard(): RecordedBoard {
  const board = makeBoard();
  const entries: HistoryEntryWire[] = [];
  let seq = 0;
  return {
    ...board,
    entries,
    record(person, at, edit) {
      const updates: Uint8Array[] = [];
      const listener = (update: Uint8Array): void => void updates.push(update);
      board.doc.on('update', listener);
      try {
        return edit();
      } finally {
        board.doc.off('update', listener);
        if (updates.length > 0) {
          seq += 1;
          entries.push({ seq, at, userId: person.id, userName: person.name, update: toBase64(Y.mergeUpdates(updates)) });
        }
      }
    },
  };
}

/** Unwraps a command's result in a test's arrange step. */
export function valueOf<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
