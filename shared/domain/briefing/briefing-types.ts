// The daily briefing (每日简报) as structured data: what the screen, the copy/share text and the
// robots' markdown all render from, so the three never disagree.
import type { ProjectId, TaskId, UserId } from '../../ids';
import type { IsoDay } from '../../iso-day';
import type { LabourRecord } from '../finance/labour-record';
import type { Column, Task, TaskLink } from '../../schema/project-types';
import type { BriefingSection, BriefingTemplate } from './briefing-template';
import type { TaskDates } from './task-state';

export type BriefingScope = { readonly kind: 'team' } | { readonly kind: 'person'; readonly userId: UserId };

export interface BriefingProject {
  readonly id: ProjectId;
  readonly name: string;
  /** In rank order (as `readProject` returns them). */
  readonly columns: readonly Column[];
  readonly tasks: readonly Task[];
  readonly links?: readonly TaskLink[];
  /** Scheduled dates per task id (from computeSchedule); tasks without fall back to due dates. */
  readonly scheduled?: ReadonlyMap<string, TaskDates>;
  /** Labour records of this project (finance room), for the labour section; omitted = no section data. */
  readonly labour?: readonly LabourRecord[];
}

/** A task's first move into its done column, as a calendar day of the team's calendar. */
export interface TaskCompletion {
  readonly taskId: TaskId;
  readonly day: IsoDay;
}

export interface BriefingInput {
  readonly scope: BriefingScope;
  readonly today: IsoDay;
  /** The previous working day of the team's WorkingCalendar (Monday's yesterday is Friday). */
  readonly yesterday: IsoDay;
  readonly projects: readonly BriefingProject[];
  /** When the tasks were completed; a done task without a fact here is not in "yesterday's completions". */
  readonly completions: readonly TaskCompletion[];
  readonly template: BriefingTemplate;
}

export interface BriefingItem {
  readonly taskId: TaskId;
  readonly projectName: string;
  readonly title: string;
  readonly dueDate: IsoDay | null;
  /** Whole calendar days past the deadline, for overdue items; 0 elsewhere. */
  readonly daysLate: number;
}

export type RiskKind = 'blocked' | 'late-start';

export interface BriefingRisk {
  readonly kind: RiskKind;
  readonly taskId: TaskId;
  readonly projectName: string;
  readonly title: string;
}

export interface LabourLine {
  readonly projectName: string;
  readonly records: number;
  readonly manDays: number;
  readonly hours: number;
  readonly pending: number;
}

export interface KeyNumbers {
  readonly open: number;
  readonly doneYesterday: number;
  readonly dueToday: number;
  readonly overdue: number;
  readonly risks: number;
}

export interface ListSection<Item> {
  readonly items: readonly Item[];
  /** Items beyond the template's limit, counted not listed. */
  readonly more: number;
}

export type BriefingPart =
  | { readonly section: 'keyNumbers'; readonly numbers: KeyNumbers }
  | { readonly section: 'yesterdayDone' | 'todayPlan' | 'overdue'; readonly list: ListSection<BriefingItem> }
  | { readonly section: 'risks'; readonly list: ListSection<BriefingRisk> }
  | { readonly section: 'labourYesterday'; readonly lines: readonly LabourLine[] };

export interface Briefing {
  readonly scope: BriefingScope;
  readonly today: IsoDay;
  readonly yesterday: IsoDay;
  /** In the template's order. */
  readonly parts: readonly BriefingPart[];
}

export type { BriefingSection };
