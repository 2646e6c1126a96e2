// The history as lines to read, newest first: each attributed entry becomes one line per card it
// changed, saying who did what; a run of edits by one person to one card within a few minutes
// reads as one line ("changed the title, edited the description"), not a dozen.
import type { TaskId } from '../../../shared/ids';
import { actionsForFields, isSameAction, type HistoryAction } from './history-actions';
import type { TaskChange } from './task-changes';

/** One accepted update, read back as changes to cards. */
export interface AttributedEntry {
  readonly seq: number;
  /** When the relay accepted it, epoch ms. */
  readonly at: number;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly changes: readonly TaskChange[];
}

export interface HistoryLine {
  /** Stable across rebuilds: the newest entry's seq and the card. */
  readonly key: string;
  readonly taskId: TaskId;
  readonly userId: string | null;
  readonly userName: string | null;
  /** The newest and the oldest edit the line covers, epoch ms. */
  readonly at: number;
  readonly since: number;
  /** In the order they happened. */
  readonly actions: readonly HistoryAction[];
}

/** Edits by the same person to the same card closer together than this read as one line. */
export const MERGE_WINDOW_MS = 5 * 60_000;

export interface LineOptions {
  /** Whether the card still exists: a whole-record change to a card that is gone was its deletion. */
  readonly taskExists: (taskId: TaskId) => boolean;
  /** Only this card's lines (the card editor); every card when absent (the activity feed). */
  readonly taskId?: TaskId;
  readonly mergeWindowMs?: number;
}

/** `entries` oldest first, as the relay sends them; the lines come back newest first. */
export function buildHistoryLines(entries: readonly AttributedEntry[], options: LineOptions): HistoryLine[] {
  const window = options.mergeWindowMs ?? MERGE_WINDOW_MS;
  const deletionSeen = new Set<TaskId>();
  const lines: HistoryLine[] = [];
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (entry === undefined) continue;
    for (const change of entry.changes) {
      if (options.taskId !== undefined && change.taskId !== options.taskId) continue;
      const actions = actionsFor(change, options.taskExists, deletionSeen);
      if (actions.length === 0) continue;
      const newer = lines.at(-1);
      if (newer !== undefined && canMerge(newer, entry, change.taskId, window)) {
        lines[lines.length - 1] = { ...newer, since: entry.at, actions: mergeActions(actions, newer.actions) };
      } else {
        lines.push({ key: `${entry.seq}:${change.taskId}`, taskId: change.taskId, userId: entry.userId, userName: entry.userName, at: entry.at, since: entry.at, actions });
      }
    }
  }
  return lines;
}

function actionsFor(change: TaskChange, taskExists: (taskId: TaskId) => boolean, deletionSeen: Set<TaskId>): HistoryAction[] {
  switch (change.kind) {
    case 'fields': return actionsForFields(change.fields);
    case 'comment': return [{ kind: 'commented' }];
    case 'record': {
      // Walking newest first, the first whole-record change met for a card that is gone deleted it;
      // any other whole-record change created it (ids are random, so a card is created only once).
      if (!taskExists(change.taskId) && !deletionSeen.has(change.taskId)) {
        deletionSeen.add(change.taskId);
        return [{ kind: 'deleted' }];
      }
      return [{ kind: 'created' }];
    }
  }
}

function canMerge(newer: HistoryLine, entry: AttributedEntry, taskId: TaskId, windowMs: number): boolean {
  const samePerson = newer.userId !== null ? newer.userId === entry.userId : entry.userId === null && newer.userName === entry.userName;
  return samePerson && newer.taskId === taskId && newer.since - entry.at <= windowMs;
}

/** Older actions first, then the newer ones not already said. */
function mergeActions(older: readonly HistoryAction[], newer: readonly HistoryAction[]): HistoryAction[] {
  const merged = [...older];
  for (const action of newer) if (!merged.some((known) => isSameAction(known, action))) merged.push(action);
  return merged;
}
