// Baselines: a named copy of every task's computed dates, saved as one immutable value so that
// "what we promised" can never be half-edited by a concurrent change.
import type * as Y from 'yjs';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { computeSchedule } from '../domain/schedule/compute-schedule';
import { toScheduleInput } from '../domain/schedule/from-records';
import { newId, type BaselineId, type UserId } from '../ids';
import type { IsoDay } from '../iso-day';
import { fail, ok, type Result } from '../result';
import { cleanLine, MAX_NAME_LENGTH } from './limits';
import { readProject } from './project-read';
import { projectRoots } from './project-roots';
import type { BaselineTaskDates } from './project-types';

export type BaselineFailure = 'empty-or-too-long' | 'baseline-not-found';

export interface NewBaseline {
  readonly name: string;
  readonly calendar: WorkingCalendar;
  readonly projectStart: IsoDay;
  readonly savedBy: UserId | null;
  readonly now: number;
}

export function saveBaseline(doc: Y.Doc, input: NewBaseline, origin: unknown): Result<BaselineId, BaselineFailure> {
  const name = cleanLine(input.name, MAX_NAME_LENGTH);
  if (name === null) return fail('empty-or-too-long');
  const { tasks, links } = readProject(doc);
  const result = computeSchedule({ ...toScheduleInput(tasks, links), calendar: input.calendar, projectStart: input.projectStart });
  const dates: Record<string, BaselineTaskDates> = {};
  for (const [id, task] of result.tasks) dates[id] = { start: task.start, finish: task.finish, duration: task.duration };
  const id = newId<'baseline'>();
  doc.transact(() => {
    projectRoots(doc).baselines.set(id, { name, savedAt: input.now, savedBy: input.savedBy, tasks: dates });
  }, origin);
  return ok(id);
}

export function deleteBaseline(doc: Y.Doc, id: BaselineId, origin: unknown): Result<void, BaselineFailure> {
  const { baselines } = projectRoots(doc);
  if (!baselines.has(id)) return fail('baseline-not-found');
  doc.transact(() => baselines.delete(id), origin);
  return ok(undefined);
}
