import { describe, expect, it } from 'vitest';
import { findHeader } from './find-header';
import { parseSchedule } from './parse-schedule';
import type { Sheet } from './sheet-types';

const SHEET: Sheet = [
  ['3号楼施工进度计划', null, null, null, null, null, null, null],
  ['序号', '工作内容', '工期', '开始时间', '完成时间', '紧前工作', '负责人', '进度'],
  ['1', '基础工程', null, '2026-03-02', '2026-03-13', null, null, null],
  ['1.1', '土方开挖', '5天', 46083, null, null, '张三', '100%'],
  ['1.2', '垫层浇筑', '3', '2026/3/9', '2026年3月11日', '1.1', '李四、张三', 0.5],
  [null, null, null, null, null, null, null, null],
  ['1.3', '基础钢筋', '1.5', null, null, '1.2SS+1, 1.1', '王五', null],
  ['2', '主体结构', '2w', null, null, '1完成-开始+3天', null, null],
  [null, null, '3', null, null, null, null, null],
  ['2.1', '一层柱', '4', null, null, '9', null, '50'],
];

function parse(sheet: Sheet = SHEET) {
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  return parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping });
}

describe('parseSchedule', () => {
  it('reads tasks with hierarchy from WBS codes and keys them by code', () => {
    const { rows } = parse();
    expect(rows.map((row) => [row.importKey, row.title, row.parent])).toEqual([
      ['wbs:1', '基础工程', null], ['wbs:1.1', '土方开挖', 0], ['wbs:1.2', '垫层浇筑', 0],
      ['wbs:1.3', '基础钢筋', 0], ['wbs:2', '主体结构', null], ['wbs:2.1', '一层柱', 4],
    ]);
  });

  it('reads dates, durations and progress in their written forms', () => {
    const { rows } = parse();
    expect(rows.map((row) => [row.start, row.duration, row.percentComplete])).toEqual([
      ['2026-03-02', 10, 0], ['2026-03-02', 5, 100], ['2026-03-09', 3, 50],
      [null, 2, 0], [null, 10, 0], [null, 4, 50],
    ]);
  });

  it('resolves predecessors by WBS code with their types and lags', () => {
    const { rows } = parse();
    expect(rows[2]?.predecessors).toEqual([{ row: 1, type: 'FS', lag: 0 }]);
    expect(rows[3]?.predecessors).toEqual([{ row: 2, type: 'SS', lag: 1 }, { row: 1, type: 'FS', lag: 0 }]);
    expect(rows[4]?.predecessors).toEqual([{ row: 0, type: 'FS', lag: 3 }]);
  });

  it('explains each problem with its cell and what was assumed', () => {
    const { rows, skipped } = parse();
    expect(rows[3]?.issues).toEqual([{ severity: 'warning', code: 'fractional-duration', cell: 'C7', value: '1.5', assumed: '2' }]);
    expect(rows[5]?.issues).toEqual([{ severity: 'warning', code: 'unknown-predecessor', cell: 'F10', value: '9', assumed: '' }]);
    expect(skipped).toEqual([{ sheetRow: 9, issues: [{ severity: 'error', code: 'missing-title', cell: 'B9', value: '', assumed: '' }] }]);
  });

  it('splits assignee lists written with 、 and commas', () => {
    expect(parse().rows[2]?.assigneeNames).toEqual(['李四', '张三']);
  });

  it('splits assignees written one per line in a cell (Alt+Enter in Excel)', () => {
    const sheet: Sheet = [['任务名称', '负责人'], ['浇筑', '李四\n张三\r\n王五']];
    expect(parse(sheet).rows[0]?.assigneeNames).toEqual(['李四', '张三', '王五']);
  });

  it('warns when a finish date disagrees with start and duration, keeping the duration', () => {
    const sheet: Sheet = [['Task Name', 'Start', 'Finish', 'Duration'], ['Pour', '2026-03-02', '2026-03-10', '3d']];
    expect(parse(sheet).rows[0]?.issues).toEqual([{ severity: 'warning', code: 'finish-mismatch', cell: 'C2', value: '2026-03-10', assumed: '2026-03-04' }]);
  });

  it('resolves plain numbers to sequence numbers and keys rows without WBS by name and occurrence', () => {
    const sheet: Sheet = [['Task Name', 'Predecessors'], ['Dig', null], ['Pour', '1'], ['Dig', '2FF']];
    const { rows } = parse(sheet);
    expect(rows.map((row) => row.importKey)).toEqual(['name:dig#1', 'name:pour#1', 'name:dig#2']);
    expect(rows[2]?.predecessors).toEqual([{ row: 1, type: 'FF', lag: 0 }]);
  });

  it('prefers the ID column for references when the sheet has one', () => {
    const sheet: Sheet = [['ID', 'WBS', 'Task Name', 'Predecessors'], [10, '1', 'A', null], [20, '2', 'B', '10'], [30, '3', 'C', '1']];
    const { rows } = parse(sheet);
    expect(rows[1]?.predecessors).toEqual([{ row: 0, type: 'FS', lag: 0 }]);
    expect(rows[2]?.issues.map((issue) => issue.code)).toEqual(['unknown-predecessor']);
  });

  it('warns on every row of a circle of predecessors', () => {
    const sheet: Sheet = [['WBS', 'Task Name', 'Predecessors'], ['1', 'A', '3'], ['2', 'B', '1'], ['3', 'C', '2'], ['4', 'D', '3']];
    const { rows } = parse(sheet);
    expect(rows.map((row) => row.issues.map((issue) => [issue.cell, issue.code, issue.value]))).toEqual([
      [['C2', 'predecessor-cycle', '1 → 2 → 3']], [['C3', 'predecessor-cycle', '1 → 2 → 3']], [['C4', 'predecessor-cycle', '1 → 2 → 3']], [],
    ]);
  });

  it('builds the outline from indented names when there are no codes', () => {
    const sheet: Sheet = [['名称', '工期'], ['主体', null], ['  一层', 3], ['    柱', 2], ['  二层', 3]];
    expect(parse(sheet).rows.map((row) => [row.title, row.parent])).toEqual([['主体', null], ['一层', 0], ['柱', 1], ['二层', 0]]);
  });
});
