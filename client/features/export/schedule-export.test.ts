// Export → import through the real schema: a project's schedule exported as CSV and imported into a
// fresh project gives the same tasks, hierarchy, links, durations and scheduled dates.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { chinaCalendar } from '../../../shared/domain/calendar/china-calendar';
import { parseCsv } from '../../../shared/domain/import/csv';
import { findHeader } from '../../../shared/domain/import/find-header';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport } from '../../../shared/domain/import/plan-import';
import type { Sheet } from '../../../shared/domain/import/sheet-types';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { IsoDay } from '../../../shared/iso-day';
import { initProject, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { scheduleExportTable } from './schedule-export';

const calendar = chinaCalendar();
const START = '2026-09-28' as IsoDay;

function importSheet(sheet: Sheet): Y.Doc {
  const doc = new Y.Doc();
  initProject(doc, ['To do'], {});
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  const parsed = parseSchedule(sheet, { headerRow: header.headerRow, mapping: header.mapping, calendar });
  const plan = planImport(parsed, { tasks: [], links: [] }, { members: [{ id: 'user_Zhang0000001', name: '张三' }] });
  const result = applyImport(doc, plan, { createdBy: null, now: 1 }, {});
  if (!result.ok) throw new Error(result.reason);
  return doc;
}

function exported(doc: Y.Doc): string {
  const view = readProject(doc);
  return writeCsv(scheduleExportTable({ tasks: view.tasks, links: view.links, calendar, fallbackStart: START, memberNames: new Map([['user_Zhang0000001', '张三']]), language: 'zh-CN' }));
}

describe('schedule export round trip through the schema', () => {
  it('re-imports to the same tasks, links and dates', () => {
    const original = importSheet([
      ['WBS', '任务名称', '工期', '开始时间', '前置任务', '负责人', '进度'],
      ['1', '基础工程', null, null, null, null, null],
      ['1.1', '土方开挖', 5, '2026-09-28', null, '张三', '100%'],
      ['1.2', '垫层浇筑', 3, null, '1.1FS+2', null, '1%'],
      ['2', '=SUM(A1)', 0, null, '1.2FF', null, null],
    ]);
    const first = exported(original);
    const copy = importSheet(parseCsv(first));
    expect(exported(copy)).toBe(first);
    const summary = (doc: Y.Doc) => {
      const { tasks, links } = readProject(doc);
      const keyOf = new Map(tasks.map((task) => [task.id, task.importKey]));
      // A summary's own duration is not scheduled (its children's span is): the file shows the rolled-up one.
      const parents = new Set(tasks.map((task) => task.parentId));
      return {
        tasks: tasks.map((task) => [task.importKey, task.title, task.parentId === null ? null : keyOf.get(task.parentId), parents.has(task.id) ? 'summary' : task.duration, task.percentComplete, task.assignees]).sort(),
        links: links.map((link) => [keyOf.get(link.from), keyOf.get(link.to), link.type, link.lag]).sort(),
      };
    };
    expect(summary(copy)).toEqual(summary(original));
  });
});
