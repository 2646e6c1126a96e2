import { describe, expect, it } from 'vitest';
import { applyMappingOverride, guessMapping } from './column-mapping';
import { findHeader } from './find-header';
import type { Sheet } from './sheet-types';

describe('findHeader', () => {
  it('finds the header below a merged title row, a project line and a blank row', () => {
    const sheet: Sheet = [
      ['某某小区3号楼施工进度计划表', null, null, null, null, null],
      ['项目：3号楼', null, null, '编制：张工', null, null],
      [null, null, null, null, null, null],
      ['序号', '工作内容', '工期(天)', '开始时间', '完成时间', '紧前工作'],
      ['1', '基础工程', 10, '2026-03-02', '2026-03-13', null],
    ];
    const found = findHeader(sheet);
    expect(found?.headerRow).toBe(3);
    expect(found?.mapping).toEqual({ wbs: 0, title: 1, duration: 2, start: 3, finish: 4, predecessors: 5 });
  });

  it('maps MS Project English export headers exactly', () => {
    const guess = guessMapping(['ID', 'WBS', 'Task Name', 'Duration', 'Start', 'Finish', 'Predecessors', 'Resource Names', '% Complete', 'Outline Level', 'Notes']);
    expect(guess.mapping).toEqual({ id: 0, wbs: 1, title: 2, duration: 3, start: 4, finish: 5, predecessors: 6, assignees: 7, percent: 8, outlineLevel: 9, notes: 10 });
    expect(Object.values(guess.confidence).every((value) => value === 1)).toBe(true);
  });

  it('maps a header that contains a synonym with lower confidence', () => {
    const guess = guessMapping(['任务名称', '预计开始时间', '责任人']);
    expect(guess.mapping).toEqual({ title: 0, start: 1, assignees: 2 });
    expect(guess.confidence.start).toBe(0.7);
  });

  it('finds no header in a sheet without a task-name column', () => {
    expect(findHeader([['a', 'b'], [1, 2]])).toBeNull();
    expect(findHeader([])).toBeNull();
  });
});

describe('applyMappingOverride', () => {
  it('moves a column to the field the user picked and drops fields set to none', () => {
    const guess = { title: 0, notes: 3, assignees: 2 };
    expect(applyMappingOverride(guess, { title: 3, assignees: null })).toEqual({ title: 3 });
  });
});
