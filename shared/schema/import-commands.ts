// Writes an import plan (shared/domain/import planImport) into a project in one transaction, so one
// undo takes the whole import back and teammates never see half of it. New rows become tasks (on the
// board's first column, like addTask, and in the WBS outline in file order); changed rows update only
// the fields that differ (assignees together with the names no member has that the person kept);
// links into each imported task from other imported tasks are made to match the file (links from
// tasks made by hand are left alone). Tasks not in the file are left as they are.
import * as Y from 'yjs';
import type { ImportPlan, PlannedTask } from '../domain/import/plan-import';
import type { ParsedRow } from '../domain/import/sheet-types';
import type { Constraint } from '../domain/schedule/schedule-types';
import { isId, newId, type LinkId, type TaskId, type UserId } from '../ids';
import { compareRanks, ranksAfter, type Rank } from '../rank';
import { fail, ok, type Result } from '../result';
import { readColumns } from './column-commands';
import { isRecordMap } from './fields';
import { writeKeySet } from './key-set';
import { MAX_ASSIGNEES, MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { isPendingName } from './pending-name';
import { readProject } from './project-read';
import { projectRoots } from './project-roots';
import type { Priority } from './project-types';
import { columnEnds } from './task-placement';
import { replaceText } from './text-diff';

export type ImportFailure = 'nothing-to-import';

export interface ImportOutcome {
  readonly created: number;
  readonly updated: number;
  readonly linksAdded: number;
  readonly linksChanged: number;
  readonly linksRemoved: number;
  /** The task each plan row was written to, by row index. */
  readonly taskIds: readonly TaskId[];
}

export function applyImport(doc: Y.Doc, plan: ImportPlan, input: { readonly createdBy: UserId | null; readonly now: number }, origin: unknown): Result<ImportOutcome, ImportFailure> {
  if (plan.tasks.length === 0) return fail('nothing-to-import');
  const roots = projectRoots(doc);
  const view = readProject(doc);
  const existingIds = new Set(view.tasks.map((task) => task.id));
  // A task deleted on another device since the preview is created again rather than lost.
  const taskIds = plan.tasks.map((entry): TaskId => (isId<'task'>(entry.existingId) && existingIds.has(entry.existingId) ? entry.existingId : newId<'task'>()));
  const isNew = plan.tasks.map((entry, index) => entry.existingId === null || taskIds[index] !== entry.existingId);
  const parentOf = (row: ParsedRow): TaskId | null => (row.parent === null ? null : (taskIds[row.parent] ?? null));
  const outlineRanks = planOutlineRanks(plan, taskIds, isNew, view.tasks);
  const columns = readColumns(doc);
  const firstColumn = columns[0]?.id ?? null;
  const lastCard = firstColumn === null ? null : columnEnds(doc, columns, firstColumn).last;
  const boardRanks = ranksAfter(lastCard?.rank ?? null, isNew.filter(Boolean).length);
  let created = 0;
  let updated = 0;
  let links = { added: 0, changed: 0, removed: 0 };
  doc.transact(() => {
    plan.tasks.forEach((entry, index) => {
      const row = plan.rows[entry.row];
      const id = taskIds[index];
      if (!row || !id) return;
      if (isNew[index]) {
        const record = new Y.Map<unknown>();
        record.set('columnId', firstColumn);
        record.set('title', cleanTitle(row.title));
        record.set('description', new Y.Text(row.notes.slice(0, MAX_DESCRIPTION_LENGTH)));
        record.set('assignees', keySet(entry.assignees.slice(0, MAX_ASSIGNEES)));
        record.set('pendingAssignees', keySet(pendingNames(entry)));
        record.set('tags', new Y.Map<unknown>());
        record.set('checklist', new Y.Map<unknown>());
        record.set('dueDate', null);
        record.set('priority', 'normal' satisfies Priority);
        record.set('rank', boardRanks[created] ?? ranksAfter(null, 1)[0]);
        record.set('createdAt', input.now);
        record.set('createdBy', input.createdBy);
        record.set('updatedAt', input.now);
        record.set('parentId', parentOf(row));
        record.set('outlineRank', outlineRanks.get(index) ?? ranksAfter(null, 1)[0]);
        record.set('start', entry.start);
        record.set('duration', row.duration);
        record.set('percentComplete', row.percentComplete);
        record.set('scheduleMode', 'auto');
        record.set('constraint', constraintOf(entry));
        record.set('importKey', row.importKey);
        roots.tasks.set(id, record);
        created++;
        return;
      }
      const record = roots.tasks.get(id);
      if (!isRecordMap(record) || entry.changes.length === 0) return;
      for (const field of entry.changes) {
        switch (field) {
          case 'title': record.set('title', cleanTitle(row.title)); break;
          case 'parent':
            record.set('parentId', parentOf(row));
            record.set('outlineRank', outlineRanks.get(index) ?? record.get('outlineRank'));
            break;
          case 'start':
            record.set('start', entry.start);
            record.set('constraint', constraintOf(entry));
            break;
          case 'duration': record.set('duration', row.duration); break;
          case 'percent': record.set('percentComplete', row.percentComplete); break;
          case 'assignees':
            // in place, so an Assign or Remove made meanwhile on another device is kept (key-set.ts)
            writeKeySet(record, 'assignees', entry.assignees.slice(0, MAX_ASSIGNEES));
            writeKeySet(record, 'pendingAssignees', pendingNames(entry));
            break;
          case 'notes': writeDescription(record, row.notes); break;
          case 'links': break;
        }
      }
      record.set('updatedAt', input.now);
      updated++;
    });
    links = writeLinks(doc, plan, taskIds, view, input.now);
  }, origin);
  return ok({ created, updated, linksAdded: links.added, linksChanged: links.changed, linksRemoved: links.removed, taskIds });
}

function constraintOf(entry: PlannedTask): Constraint | null {
  return entry.start === null ? null : { kind: 'start-no-earlier-than', day: entry.start };
}

/** The names kept on the task, as the reader accepts them (one line, within a name's length), at most MAX_ASSIGNEES. */
function pendingNames(entry: PlannedTask): string[] {
  return entry.pendingNames.map((name) => name.trim()).filter(isPendingName).slice(0, MAX_ASSIGNEES);
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
}

function keySet(items: readonly string[]): Y.Map<unknown> {
  const set = new Y.Map<unknown>();
  for (const item of items) set.set(item, true);
  return set;
}

function writeDescription(record: Y.Map<unknown>, notes: string): void {
  const existing = record.get('description');
  if (existing instanceof Y.Text) replaceText(existing, notes.slice(0, MAX_DESCRIPTION_LENGTH));
  else record.set('description', new Y.Text(notes.slice(0, MAX_DESCRIPTION_LENGTH)));
}

/** Outline ranks for new rows and rows whose parent changes: after the siblings already there, in file order. */
function planOutlineRanks(plan: ImportPlan, taskIds: readonly TaskId[], isNew: readonly boolean[], tasks: readonly { id: TaskId; parentId: TaskId | null; outlineRank: Rank }[]): Map<number, Rank> {
  const moving = plan.tasks.map((entry, index) => isNew[index] === true || entry.changes.includes('parent'));
  const movingIds = new Set(taskIds.filter((_, index) => moving[index]));
  const lastRank = new Map<TaskId | null, Rank>();
  for (const task of tasks) {
    if (movingIds.has(task.id)) continue;
    const known = lastRank.get(task.parentId);
    if (known === undefined || compareRanks(task.outlineRank, known) > 0) lastRank.set(task.parentId, task.outlineRank);
  }
  const groups = new Map<TaskId | null, number[]>();
  plan.tasks.forEach((entry, index) => {
    if (!moving[index]) return;
    const row = plan.rows[entry.row];
    const parent = row?.parent === null || row === undefined ? null : (taskIds[row.parent] ?? null);
    const group = groups.get(parent);
    if (group) group.push(index);
    else groups.set(parent, [index]);
  });
  const result = new Map<number, Rank>();
  for (const [parent, indexes] of groups) {
    const ranks = ranksAfter(lastRank.get(parent) ?? null, indexes.length);
    indexes.forEach((index, position) => {
      const rank = ranks[position];
      if (rank !== undefined) result.set(index, rank);
    });
  }
  return result;
}

function writeLinks(doc: Y.Doc, plan: ImportPlan, taskIds: readonly TaskId[], view: ReturnType<typeof readProject>, now: number): { added: number; changed: number; removed: number } {
  const linkRoot = projectRoots(doc).links;
  const imported = new Set<string>(taskIds);
  for (const task of view.tasks) if (task.importKey !== null) imported.add(task.id);
  const incoming = new Map<string, typeof view.links[number][]>();
  for (const link of view.links) {
    const list = incoming.get(link.to);
    if (list) list.push(link);
    else incoming.set(link.to, [link]);
  }
  let added = 0;
  let changed = 0;
  let removed = 0;
  plan.tasks.forEach((entry, index) => {
    const row = plan.rows[entry.row];
    const to = taskIds[index];
    if (!row || !to) return;
    const wanted = new Map<string, { type: string; lag: number }>();
    for (const pred of row.predecessors) {
      const from = taskIds[pred.row];
      if (from !== undefined && from !== to) wanted.set(from, { type: pred.type, lag: pred.lag });
    }
    for (const link of incoming.get(to) ?? []) {
      if (!imported.has(link.from)) continue;
      const want = wanted.get(link.from);
      if (want === undefined) {
        linkRoot.delete(link.id);
        removed++;
        continue;
      }
      wanted.delete(link.from);
      const record = linkRoot.get(link.id);
      if ((link.type !== want.type || link.lag !== want.lag) && isRecordMap(record)) {
        record.set('type', want.type);
        record.set('lag', want.lag);
        changed++;
      }
    }
    for (const [from, want] of wanted) {
      const record = new Y.Map<unknown>();
      record.set('from', from);
      record.set('to', to);
      record.set('type', want.type);
      record.set('lag', want.lag);
      record.set('createdAt', now);
      linkRoot.set(newId<'link'>() satisfies LinkId, record);
      added++;
    }
  });
  return { added, changed, removed };
}
