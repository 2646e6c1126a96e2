// The messages between the import page and its worker (one worker per chosen file): `read` hands over
// the file's bytes and answers the workbook, which the worker keeps; `plan` asks for one sheet of it
// parsed and planned against the project, answered under the same id (the page keeps only the latest)
// with the analysis as a JSON string (analysis-transfer.ts says why).
import type { Result } from '../../../shared/result';
import type { ScheduleRequest } from './analyse-schedule';
import type { Workbook, WorkbookFailure } from './read-workbook';

/** 'no-project': a request said 'as-before' to a worker that has no project records yet. */
export type PlanFailure = 'no-workbook' | 'no-project' | 'plan-failed';

export type ImportWorkerRequest =
  | { readonly kind: 'read'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'plan'; readonly id: number; readonly request: ScheduleRequest };

export type ImportWorkerAnswer =
  | { readonly kind: 'read'; readonly result: Result<Workbook, WorkbookFailure> }
  | { readonly kind: 'plan'; readonly id: number; readonly result: Result<string, PlanFailure> };
