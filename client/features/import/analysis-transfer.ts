// How a schedule analysis crosses from the import worker to the page: as one JSON string, not as the
// object graph. A 10,000-row plan is ~100,000 small objects and arrays; structured-cloning them costs
// the page ~30 ms of deserialising on its own thread (the import bench measures it), while a string
// crosses as one copy and JSON.parse builds the same objects in about a third of that. The analysis is
// plain JSON data (strings, numbers, booleans, null); the rows the plan and the parse share are sent
// once and shared again on arrival.
import type { ImportPlan } from '../../../shared/domain/import/plan-import';
import type { ParsedSchedule } from '../../../shared/domain/import/sheet-types';
import type { ScheduleAnalysis } from './analyse-schedule';

interface Encoded {
  readonly skipped: ParsedSchedule['skipped'];
  readonly plan: ImportPlan;
}

export function encodeAnalysis(analysis: ScheduleAnalysis): string {
  if (analysis.parsed.rows !== analysis.plan.rows) throw new Error('the plan is not over the parsed rows');
  return JSON.stringify({ skipped: analysis.parsed.skipped, plan: analysis.plan } satisfies Encoded);
}

export function decodeAnalysis(text: string): ScheduleAnalysis {
  // the worker wrote this string with encodeAnalysis just before; it is not input from outside
  const { skipped, plan } = JSON.parse(text) as Encoded;
  return { parsed: { rows: plan.rows, skipped }, plan };
}
