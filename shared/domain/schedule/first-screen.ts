// The Gantt's first screen, so a big schedule shows at once: the top rows of the outline (their task
// and link records as a small Yjs update, read back through the schema's own validating readers) and
// their scheduled dates, critical flags and the project span. The client keeps one on the device
// after each visit; the relay serves one for a fresh device (server/first-screen/). It is shown
// read-only until the whole document has loaded (about a second for 10,000 tasks,
// docs/benchmarks-browser.md), then the live schedule takes over. Anything unreadable (another
// version, a damaged entry) is ignored: it is only a preview.
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { ScheduleResult, ScheduledTask } from './schedule-types';
import { isIsoDay } from '../../iso-day';
import type { OutlineRow } from './outline-rows';

/** Rows kept: more than a tall phone or desktop window shows (28 rows fit 1280 × 800). */
export const FIRST_SCREEN_ROWS = 60;
/** The entry's format: a reader ignores any other, and the relay keeps no entry of another across restarts. */
export const FIRST_SCREEN_VERSION = 1;
/** Task fields a Gantt row never shows; left out to keep the entry small (the readers default them). */
const LEFT_OUT_FIELDS = ['description', 'checklist', 'tags'] as const;

export interface FirstScreen {
  /** A document holding just the first rows' tasks and the links between them. */
  readonly doc: Y.Doc;
  readonly result: ScheduleResult;
}

/**
 * The entry for the first rows of `rows` (the outline with nothing collapsed, as a page opens), or
 * null when there is nothing to show. A summary whose children fall outside is left out, so no
 * summary shows as a plain task.
 */
export function captureFirstScreen(doc: Y.Doc, rows: readonly OutlineRow[], result: ScheduleResult): string | null {
  const kept = rows.slice(0, FIRST_SCREEN_ROWS);
  while (kept.length > 0 && kept[kept.length - 1]?.hasChildren === true) kept.pop();
  if (kept.length === 0) return null;
  const ids = new Set(kept.map((row) => row.id));
  const copy = new Y.Doc();
  const tasks = doc.getMap<unknown>('tasks');
  const links = doc.getMap<unknown>('links');
  copy.transact(() => {
    const copyTasks = copy.getMap<unknown>('tasks');
    for (const id of ids) {
      const task = tasks.get(id);
      if (!(task instanceof Y.Map)) continue;
      const clone = task.clone();
      for (const field of LEFT_OUT_FIELDS) clone.delete(field);
      copyTasks.set(id, clone);
    }
    const copyLinks = copy.getMap<unknown>('links');
    for (const [id, link] of links) {
      if (!(link instanceof Y.Map)) continue;
      const from: unknown = link.get('from');
      const to: unknown = link.get('to');
      if (typeof from === 'string' && typeof to === 'string' && ids.has(from) && ids.has(to)) copyLinks.set(id, link.clone());
    }
  });
  const scheduled = [...ids].flatMap((id) => {
    const task = result.tasks.get(id);
    return task === undefined ? [] : [task];
  });
  const entry = {
    v: FIRST_SCREEN_VERSION,
    update: toBase64(Y.encodeStateAsUpdate(copy)),
    projectStart: result.projectStart,
    projectFinish: result.projectFinish,
    scheduled,
  };
  copy.destroy();
  return JSON.stringify(entry);
}

/** The first screen a stored entry holds, or null for a missing, older or damaged one. */
export function readFirstScreen(text: string | null): FirstScreen | null {
  if (text === null) return null;
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(entry) || entry.v !== FIRST_SCREEN_VERSION || typeof entry.update !== 'string' || !isIsoDay(entry.projectStart) || !isIsoDay(entry.projectFinish) || !Array.isArray(entry.scheduled)) return null;
  const tasks = new Map<string, ScheduledTask>();
  for (const value of entry.scheduled) {
    const task = readScheduledTask(value);
    if (task === null) return null;
    tasks.set(task.id, task);
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, fromBase64(entry.update));
  } catch {
    doc.destroy();
    return null;
  }
  // the rows and their dates were written together: one without the other is a damaged entry
  const kept = doc.getMap<unknown>('tasks');
  if (kept.size === 0 || kept.size !== tasks.size || [...tasks.keys()].some((id) => !kept.has(id))) {
    doc.destroy();
    return null;
  }
  return { doc, result: { tasks, projectStart: entry.projectStart, projectFinish: entry.projectFinish, cycles: [], ignoredLinks: [], violations: [] } };
}

function readScheduledTask(value: unknown): ScheduledTask | null {
  if (!isObject(value) || typeof value.id !== 'string') return null;
  const { id, start, finish, lateStart, lateFinish, duration, totalFloat, freeFloat, percentComplete, critical, isSummary, isMilestone } = value;
  if (!isIsoDay(start) || !isIsoDay(finish) || !isIsoDay(lateStart) || !isIsoDay(lateFinish)) return null;
  if (!isFiniteNumber(duration) || !isFiniteNumber(totalFloat) || !isFiniteNumber(freeFloat) || !isFiniteNumber(percentComplete)) return null;
  if (typeof critical !== 'boolean' || typeof isSummary !== 'boolean' || typeof isMilestone !== 'boolean') return null;
  return { id, start, finish, lateStart, lateFinish, duration, totalFloat, freeFloat, percentComplete, critical, isSummary, isMilestone };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
