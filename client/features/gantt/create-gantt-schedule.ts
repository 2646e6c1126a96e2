// The live schedule behind the Gantt: the project's tasks and links turned into engine input, run
// through one scheduling engine kept for the page (so a drag recomputes only what it touches), with
// the chosen baseline's variance and today's delay risks derived from the same result.
import { createEffect, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { baselineVariance, type BaselineVariance } from '../../../shared/domain/schedule/baseline-variance';
import { assessDelayRisks, type DelayAssessment } from '../../../shared/domain/schedule/delay-risk';
import { toScheduleInput } from '../../../shared/domain/schedule/from-records';
import { makeScheduleEngine } from '../../../shared/domain/schedule/schedule-engine';
import type { ScheduleLink, ScheduleResult, ScheduleTask } from '../../../shared/domain/schedule/schedule-types';
import type { IsoDay } from '../../../shared/iso-day';
import type { Baseline, Task, TaskLink } from '../../../shared/schema';

/** Risks wait at most this long for an idle moment. */
const IDLE_TIMEOUT_MS = 300;
const FALLBACK_DELAY_MS = 50;

export interface GanttScheduleSource {
  readonly tasks: Accessor<readonly Task[]>;
  readonly links: Accessor<readonly TaskLink[]>;
  readonly calendar: Accessor<WorkingCalendar>;
  /** The day auto tasks without a start begin from. */
  readonly projectStart: Accessor<IsoDay>;
  readonly baseline: Accessor<Baseline | null>;
  readonly today: Accessor<IsoDay>;
}

export interface GanttSchedule {
  readonly input: Accessor<{ readonly tasks: readonly ScheduleTask[]; readonly links: readonly ScheduleLink[] }>;
  readonly result: Accessor<ScheduleResult>;
  readonly variance: Accessor<BaselineVariance | null>;
  /** Null until the first result has settled (risks run a second schedule; they wait for a paint so the chart shows first). */
  readonly risks: Accessor<DelayAssessment | null>;
}

export function createGanttSchedule(source: GanttScheduleSource): GanttSchedule {
  const engine = createMemo(() => makeScheduleEngine(source.calendar()));
  const input = createMemo(() => toScheduleInput(source.tasks(), source.links()));
  const result = createMemo(() => engine().update({ ...input(), projectStart: source.projectStart() }));
  const variance = createMemo(() => {
    const baseline = source.baseline();
    return baseline === null ? null : baselineVariance(result(), baseline, source.calendar());
  });
  const [settled, setSettled] = createSignal<{ readonly input: ReturnType<typeof input>; readonly result: ScheduleResult } | null>(null);
  createEffect(() => {
    const next = { input: input(), result: result() };
    const cancel = whenIdle(() => setSettled(next));
    onCleanup(cancel);
  });
  const risks = createMemo(() => {
    const latest = settled();
    if (latest === null) return null;
    return assessDelayRisks({ ...latest.input, scheduled: latest.result, baseline: source.baseline(), calendar: source.calendar(), today: source.today() });
  });
  return { input, result, variance, risks };
}


/** Runs `run` once the browser is idle (after the next paint at the latest by a short wait). */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}
