// The critical path method over a working calendar: a forward pass for early dates, a backward pass
// for late dates, total and free float, and the critical path; summaries rolled up, cycles reported
// and their links ignored, manual tasks' broken links listed. One full run of the engine in
// schedule-engine.ts; a screen that reschedules on every edit keeps an engine instead, which reuses
// the graph and recomputes only what an edit touches.
import { makeScheduleEngine, type ScheduleInput } from './schedule-engine';
import type { ScheduleResult } from './schedule-types';

export type { ScheduleInput } from './schedule-engine';

export function computeSchedule(input: ScheduleInput): ScheduleResult {
  return makeScheduleEngine(input.calendar).update(input);
}
