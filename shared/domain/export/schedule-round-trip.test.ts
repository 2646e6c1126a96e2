// Exported schedules re-import losslessly: export → CSV → import gives the same tasks, hierarchy,
// links and (after scheduling the imported tasks again) the same dates.
import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../iso-day';
import { chinaCalendar } from '../calendar/china-calendar';
import { parseCsv } from '../import/csv';
import { findHeader } from '../import/find-header';
import { parseSchedule } from '../import/parse-schedule';
import { computeSchedule } from '../schedule/compute-schedule';
import type { ScheduleLink, ScheduleTask } from '../schedule/schedule-types';
import { buildScheduleTable, type ExportTask } from './schedule-table';
import { writeCsv } from './write-csv';

const calendar = chinaCalendar();
const START = '2026-09-28' as IsoDay; // the week before the National Day holidays
const tasks: ScheduleTask[] = [
  { id: 'p', parentId: null, start: null, duration: 1, mode: 'auto', constraint: null, percentComplete: 0 },
  { id: 'a', parentId: 'p', start: null, duration: 3, mode: 'auto', constraint: null, percentComplete: 100 },
  { id: 'b', parentId: 'p', start: null, duration: 5, mode: 'auto', constraint: null, percentComplete: 40 },
  { id: 'c', parentId: null, start: null, duration: 0, mode: 'auto', constraint: { kind: 'start-no-earlier-than', day: '2026-10-20' as IsoDay }, percentComplete: 0 },
  { id: 'd', parentId: null, start: null, duration: 2, mode: 'auto', constraint: null, percentComplete: 1 },
];
const links: ScheduleLink[] = [
  { id: 'l1', from: 'a', to: 'b', type: 'FS', lag: 2 },
  { id: 'l2', from: 'b', to: 'c', type: 'FF', lag: 0 },
  { id: 'l3', from: 'b', to: 'd', type: 'SS', lag: -1 },
];
const wbs = new Map([['p', '1'], ['a', '1.1'], ['b', '1.2'], ['c', '2'], ['d', '3']]);
const titles = new Map([['p', '基础工程'], ['a', '=开挖'], ['b', '垫层, "C15"'], ['c', '验收'], ['d', '放线']]);

function exportCsv(): string {
  const result = computeSchedule({ tasks, links, calendar, projectStart: START });
  const exportTasks: ExportTask[] = tasks.map((task) => ({
    id: task.id, title: titles.get(task.id) ?? '', description: task.id === 'b' ? 'note\nline two' : '', duration: task.duration,
    percentComplete: task.percentComplete, assignees: task.id === 'a' ? ['u1', 'u2'] : [], pendingAssignees: task.id === 'a' ? ['王五'] : [],
  }));
  return writeCsv(buildScheduleTable({
    tasks: exportTasks, links, wbs, dates: result.tasks, memberNames: new Map([['u1', '张三'], ['u2', '李四']]), language: 'zh-CN',
  }));
}

describe('schedule export round trip', () => {
  it('re-imports the same tasks, hierarchy, links, progress, people and notes', () => {
    const sheet = parseCsv(exportCsv());
    const header = findHeader(sheet);
    if (!header) throw new Error('no header');
    const { rows, skipped } = parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping, calendar });
    expect(skipped).toEqual([]);
    expect(rows.flatMap((row) => row.issues)).toEqual([]);
    expect(rows.map((row) => [row.wbs, row.title, row.parent, row.percentComplete])).toEqual([
      ['1', '基础工程', null, 0], ['1.1', '=开挖', 0, 100], ['1.2', '垫层, "C15"', 0, 40], ['2', '验收', null, 0], ['3', '放线', null, 1],
    ]);
    expect(rows.slice(1).map((row) => row.duration)).toEqual([3, 5, 0, 2]);
    expect(rows.map((row) => row.predecessors)).toEqual([[], [], [{ row: 1, type: 'FS', lag: 2 }], [{ row: 2, type: 'FF', lag: 0 }], [{ row: 2, type: 'SS', lag: -1 }]]);
    // a name an import kept (not a member yet) goes out beside the members' and comes back
    expect(rows[1]?.assigneeNames).toEqual(['张三', '李四', '王五']);
    expect(rows[2]?.notes).toBe('note\nline two');
  });

  it('brings back an assignee whose name looks like a formula as the name (the export’s apostrophe dropped)', () => {
    const result = computeSchedule({ tasks: [tasks[4] as ScheduleTask], links: [], calendar, projectStart: START });
    const csv = writeCsv(buildScheduleTable({
      tasks: [{ id: 'd', title: '放线', description: '', duration: 2, percentComplete: 0, assignees: ['u1'], pendingAssignees: ['王五'] }],
      links: [], wbs, dates: result.tasks, memberNames: new Map([['u1', '@李工']]), language: 'zh-CN',
    }));
    expect(csv).toContain("'@李工、王五");
    const sheet = parseCsv(csv);
    const header = findHeader(sheet);
    if (!header) throw new Error('no header');
    expect(parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping, calendar }).rows[0]?.assigneeNames).toEqual(['@李工', '王五']);
  });

  it('schedules the imported tasks to the same dates', () => {
    const before = computeSchedule({ tasks, links, calendar, projectStart: START });
    const sheet = parseCsv(exportCsv());
    const header = findHeader(sheet);
    if (!header) throw new Error('no header');
    const { rows } = parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping, calendar });
    const parents = new Set(rows.map((row) => row.parent));
    const imported: ScheduleTask[] = rows.map((row, index) => ({
      id: row.importKey, parentId: row.parent === null ? null : (rows[row.parent]?.importKey ?? null), start: null, duration: row.duration, mode: 'auto',
      constraint: row.start === null || parents.has(index) ? null : { kind: 'start-no-earlier-than', day: row.start }, percentComplete: row.percentComplete,
    }));
    const importedLinks: ScheduleLink[] = rows.flatMap((row) => row.predecessors.map((pred) => ({
      id: `${pred.row}-${row.importKey}`, from: rows[pred.row]?.importKey ?? '', to: row.importKey, type: pred.type, lag: pred.lag,
    })));
    const after = computeSchedule({ tasks: imported, links: importedLinks, calendar, projectStart: START });
    for (const [id, code] of wbs) {
      const was = before.tasks.get(id);
      const now = after.tasks.get(`wbs:${code}`);
      expect([code, now?.start, now?.finish]).toEqual([code, was?.start, was?.finish]);
    }
  });
});
