// What an import would do, before anything is written: each file row matched by its import key to the
// task an earlier import created (added / changed with the fields that differ / unchanged), the
// imported tasks the file no longer has, and assignee names no member has. Plain data in and out.
//
// A name no member has is kept on its tasks as a name (Task.pendingAssignees, "not a member yet")
// unless the person chose to skip it (`skipNames`); on a later import the same name, by then a
// member's, becomes that member and leaves the kept names.
//
// A row's start becomes a start-no-earlier-than constraint on an auto-scheduled task (so links still
// push it later, and re-running the schedule never overwrites what the file said); summary rows
// (rows with children) carry no start. An empty start cell leaves an existing task's start as it is.
import type { Constraint, LinkType } from '../schedule/schedule-types';
import type { IsoDay } from '../../iso-day';
import { isPendingName } from '../../schema/pending-name';
import { matchMembers, type MemberName } from './match-members';
import type { ParsedRow, ParsedSchedule } from './sheet-types';

/** The fields of a shared/schema Task the plan compares (a Task satisfies it). */
export interface ExistingTask {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly parentId: string | null;
  readonly duration: number;
  readonly percentComplete: number;
  readonly constraint: Constraint | null;
  readonly assignees: readonly string[];
  /** Names kept from an earlier import (Task.pendingAssignees); missing = none. */
  readonly pendingAssignees?: readonly string[];
  readonly importKey: string | null;
  /**
   * The start the schedule gives the task now (scheduled-starts.ts), when known: a file's start equal
   * to it is where the task already is — what an export writes, whatever placed the task there (its
   * links, or a constraint they have since overtaken) — not a change.
   */
  readonly scheduledStart?: IsoDay | null;
}

export interface ExistingLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  readonly lag: number;
}

export const PLAN_FIELDS = ['title', 'parent', 'start', 'duration', 'percent', 'assignees', 'notes', 'links'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface PlannedTask {
  /** Index into rows. */
  readonly row: number;
  readonly status: 'added' | 'changed' | 'unchanged';
  readonly existingId: string | null;
  readonly changes: readonly PlanField[];
  /** Member ids for the row's names that matched a member. */
  readonly assignees: readonly string[];
  /** The row's names no member has, kept on the task (not the skipped ones). */
  readonly pendingNames: readonly string[];
  readonly start: IsoDay | null;
  readonly isSummary: boolean;
}

export interface ImportPlan {
  readonly rows: readonly ParsedRow[];
  readonly tasks: readonly PlannedTask[];
  /** Ids of tasks an earlier import created whose key the file no longer has (left as they are). */
  readonly notInFile: readonly string[];
  /** Names in the assignee column that no member has, skipped or not, in file order. */
  readonly unknownAssignees: readonly string[];
  readonly counts: { readonly added: number; readonly changed: number; readonly unchanged: number; readonly notInFile: number };
}

export interface PlanOptions {
  readonly members: readonly MemberName[];
  /** Names no member has that the person chose to leave out (the others are kept as names). */
  readonly skipNames?: readonly string[];
}

export function planImport(parsed: ParsedSchedule, existing: { readonly tasks: readonly ExistingTask[]; readonly links: readonly ExistingLink[] }, options: PlanOptions): ImportPlan {
  const byKey = new Map<string, ExistingTask>();
  for (const task of existing.tasks) if (task.importKey !== null && !byKey.has(task.importKey)) byKey.set(task.importKey, task);
  const keyOfTask = new Map(existing.tasks.map((task) => [task.id, task.importKey]));
  const incoming = new Map<string, ExistingLink[]>();
  for (const link of existing.links) {
    const list = incoming.get(link.to);
    if (list) list.push(link);
    else incoming.set(link.to, [link]);
  }
  const hasChildren = new Set(parsed.rows.map((row) => row.parent).filter((parent) => parent !== null));
  const { ids, unknown } = matchMembers(parsed.rows.flatMap((row) => row.assigneeNames), options.members);
  const skipped = new Set(options.skipNames ?? []);

  const tasks = parsed.rows.map((row, index): PlannedTask => {
    const isSummary = hasChildren.has(index);
    const start = isSummary ? null : row.start;
    const assignees = row.assigneeNames.flatMap((name) => ids.get(name) ?? []);
    // only names the task can hold (applyImport writes no other), or a re-import would see a change every time
    const pendingNames = row.assigneeNames.filter((name) => !ids.has(name) && !skipped.has(name) && isPendingName(name));
    const found = byKey.get(row.importKey);
    if (!found) return { row: index, status: 'added', existingId: null, changes: [], assignees, pendingNames, start, isSummary };
    const parentKey = row.parent === null ? null : (parsed.rows[row.parent]?.importKey ?? null);
    const existingParentKey = found.parentId === null ? null : (keyOfTask.get(found.parentId) ?? '');
    const wantedLinks = row.predecessors.map((pred) => `${parsed.rows[pred.row]?.importKey ?? ''}|${pred.type}|${pred.lag}`).sort();
    const haveLinks = (incoming.get(found.id) ?? []).flatMap((link) => {
      const key = keyOfTask.get(link.from);
      return key === null || key === undefined ? [] : [`${key}|${link.type}|${link.lag}`];
    }).sort();
    const existingStart = found.constraint?.kind === 'start-no-earlier-than' ? found.constraint.day : null;
    const changes = PLAN_FIELDS.filter((field) => {
      switch (field) {
        case 'title': return found.title !== row.title;
        case 'parent': return existingParentKey !== parentKey;
        case 'start': return start !== null && existingStart !== start && found.scheduledStart !== start;
        case 'duration': return !isSummary && found.duration !== row.duration;
        case 'percent': return !isSummary && found.percentComplete !== row.percentComplete;
        case 'assignees': return row.assigneeNames.length > 0 && (!sameSet(found.assignees, assignees) || !sameSet(found.pendingAssignees ?? [], pendingNames));
        case 'notes': return row.notes !== '' && found.description !== row.notes;
        case 'links': return wantedLinks.join(',') !== haveLinks.join(',');
      }
    });
    return { row: index, status: changes.length === 0 ? 'unchanged' : 'changed', existingId: found.id, changes, assignees, pendingNames, start, isSummary };
  });
  const fileKeys = new Set(parsed.rows.map((row) => row.importKey));
  const notInFile = existing.tasks.filter((task) => task.importKey !== null && !fileKeys.has(task.importKey)).map((task) => task.id);
  const count = (status: PlannedTask['status']) => tasks.filter((task) => task.status === status).length;
  return {
    rows: parsed.rows, tasks, notInFile, unknownAssignees: unknown,
    counts: { added: count('added'), changed: count('changed'), unchanged: count('unchanged'), notInFile: notInFile.length },
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
