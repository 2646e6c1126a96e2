// The schedule as a table to export: one row per task in WBS order, with the headers the importer
// recognises and predecessors by WBS code in the "3FS+2" form, so an exported file re-imports to the
// same tasks, hierarchy, links and dates. Progress is written "50%" (a bare 1 would read back as 100%).
import type { IsoDay } from '../../iso-day';
import { formatPredecessor } from '../import/parse-predecessors';
import type { LinkType } from '../schedule/schedule-types';
import { dayCell, numberCell, textCell, type ExportTable } from './export-cell';

export interface ExportTask {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly duration: number;
  readonly percentComplete: number;
  readonly assignees: readonly string[];
  /** Names an import kept that are not members yet: exported beside the members', so they re-import. */
  readonly pendingAssignees?: readonly string[];
}

export interface ExportLink {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  readonly lag: number;
}

export interface ScheduleTableInput {
  readonly tasks: readonly ExportTask[];
  readonly links: readonly ExportLink[];
  /** WBS code of each task (shared/domain/schedule wbsCodes). */
  readonly wbs: ReadonlyMap<string, string>;
  /** Computed dates (and rolled-up durations of summaries) from the scheduling engine. */
  readonly dates: ReadonlyMap<string, { readonly start: IsoDay; readonly finish: IsoDay; readonly duration: number }>;
  readonly memberNames: ReadonlyMap<string, string>;
  readonly language: 'en' | 'zh-CN';
}

export const SCHEDULE_HEADERS = {
  en: ['WBS', 'Task Name', 'Start', 'Finish', 'Duration', 'Predecessors', 'Resource Names', '% Complete', 'Notes'],
  'zh-CN': ['WBS', '任务名称', '开始时间', '完成时间', '工期', '前置任务', '负责人', '完成百分比', '备注'],
} as const;
const WIDTHS = [8, 36, 12, 12, 8, 18, 18, 10, 30] as const;

export function buildScheduleTable(input: ScheduleTableInput): ExportTable {
  const incoming = new Map<string, ExportLink[]>();
  for (const link of input.links) {
    const list = incoming.get(link.to);
    if (list) list.push(link);
    else incoming.set(link.to, [link]);
  }
  const ordered = [...input.tasks].sort((a, b) => compareWbs(input.wbs.get(a.id) ?? '', input.wbs.get(b.id) ?? ''));
  const rows = ordered.map((task) => {
    const dates = input.dates.get(task.id);
    const predecessors = (incoming.get(task.id) ?? []).flatMap((link) => {
      const code = input.wbs.get(link.from);
      return code === undefined ? [] : [formatPredecessor(code, link.type, link.lag)];
    });
    const names = [...task.assignees.flatMap((id) => input.memberNames.get(id) ?? []), ...(task.pendingAssignees ?? [])];
    return [
      textCell(input.wbs.get(task.id) ?? ''), textCell(task.title), dayCell(dates?.start ?? null), dayCell(dates?.finish ?? null),
      numberCell(dates?.duration ?? task.duration), textCell(predecessors.join(', ')), textCell(names.join('、')),
      textCell(`${task.percentComplete}%`), textCell(task.description),
    ];
  });
  return { header: SCHEDULE_HEADERS[input.language], widths: WIDTHS, rows };
}

/** 1.2 before 1.10: codes compared part by part as numbers. */
export function compareWbs(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
