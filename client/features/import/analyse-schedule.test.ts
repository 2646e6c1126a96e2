import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_CALENDAR_SETTINGS } from '../../../shared/domain/calendar/calendar-settings';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { parseCsv } from '../../../shared/domain/import/csv';
import { findHeader } from '../../../shared/domain/import/find-header';
import type { ColumnMapping, Sheet } from '../../../shared/domain/import/sheet-types';
import type { IsoDay } from '../../../shared/iso-day';
import { initProject, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { scheduleExportTable } from '../export/schedule-export';
import { analyseSchedule, makeScheduleAnalyser, toExistingLink, toRequestTask, type ScheduleRequest } from './analyse-schedule';
import { readWorkbook } from './read-workbook';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/import');

describe('analysing a schedule sheet as the import worker does', () => {
  it('plans against the project from a request that survives postMessage, and the re-import of the same file changes nothing', async () => {
    const read = await readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, 'schedule-zh.xlsx'))));
    if (!read.ok) throw new Error(read.reason);
    const sheet = read.value.sheets[0]?.rows ?? [];
    const header = findHeader(sheet);
    if (!header) throw new Error('no header');
    const doc = new Y.Doc();
    initProject(doc, ['To do'], {});
    const request = (): ScheduleRequest => {
      const view = readProject(doc);
      return {
        sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, dayOrder: 'month-first', calendar: DEFAULT_CALENDAR_SETTINGS,
        existing: { tasks: view.tasks.map(toRequestTask), links: view.links.map(toExistingLink) }, members: [], today: '2026-03-02' as IsoDay,
      };
    };
    // structuredClone is what postMessage does: a field it can't copy would throw here
    const first = analyseSchedule(sheet, structuredClone(request()));
    expect(first.plan.counts).toEqual({ added: 9, changed: 0, unchanged: 0, notInFile: 0 });
    expect(first.parsed.rows.flatMap((row) => row.issues.map((issue) => issue.cell))).toEqual(['C8']);
    const written = applyImport(doc, structuredClone(first.plan), { createdBy: null, now: 1 }, null);
    expect(written.ok).toBe(true);

    const again = analyseSchedule(sheet, structuredClone(request()));
    expect(again.plan.counts).toEqual({ added: 0, changed: 0, unchanged: 9, notInFile: 0 });
    // only the fields the plan compares are sent, not a whole task (checklist, tags, ranks…)
    const sent = request().existing;
    expect(Object.keys(sent === 'as-before' ? {} : (sent.tasks[0] ?? {})).sort()).toEqual(['assignees', 'constraint', 'description', 'duration', 'id', 'importKey', 'parentId', 'pendingAssignees', 'percentComplete', 'scheduleMode', 'start', 'title']);
  });

  it('the schedule exported from the project imports back into it with nothing changed, and no task placed by its links is pinned', async () => {
    const read = await readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, 'schedule-zh.xlsx'))));
    if (!read.ok) throw new Error(read.reason);
    const sheet = read.value.sheets[0]?.rows ?? [];
    const header = findHeader(sheet);
    if (!header) throw new Error('no header');
    const doc = new Y.Doc();
    initProject(doc, ['To do'], {});
    const request = (rows: Sheet, found: { headerRow: number; mapping: ColumnMapping }): ScheduleRequest => {
      const view = readProject(doc);
      return {
        sheetIndex: 0, headerRow: found.headerRow, mapping: found.mapping, dayOrder: 'month-first', calendar: DEFAULT_CALENDAR_SETTINGS,
        existing: { tasks: view.tasks.map(toRequestTask), links: view.links.map(toExistingLink) }, members: [], today: '2026-03-02' as IsoDay,
      };
    };
    const first = analyseSchedule(sheet, structuredClone(request(sheet, header)));
    if (!applyImport(doc, first.plan, { createdBy: null, now: 1 }, null).ok) throw new Error('not written');

    const view = readProject(doc);
    const exported = parseCsv(writeCsv(scheduleExportTable({
      tasks: view.tasks, links: view.links, calendar: buildWorkingCalendar(DEFAULT_CALENDAR_SETTINGS), fallbackStart: '2026-03-02' as IsoDay, memberNames: new Map(), language: 'en',
    })).replace(/^\uFEFF/, ''));
    const exportedHeader = findHeader(exported);
    if (!exportedHeader) throw new Error('no header in the export');
    // every exported row has a start, also the tasks the file left to their links
    expect(exported.slice(1).every((row) => row[2] !== '')).toBe(true);
    const again = analyseSchedule(exported, structuredClone(request(exported, exportedHeader)));
    expect(again.plan.counts).toEqual({ added: 0, changed: 0, unchanged: 9, notInFile: 0 });

    // a start moved in the file is still a change, and only for that task
    const moved = exported.map((row, index) => (index === 3 ? row.map((cell, column) => (column === 2 ? '2026-03-16' : cell)) : row));
    const edited = analyseSchedule(moved, structuredClone(request(moved, exportedHeader)));
    expect(edited.plan.tasks.filter((task) => task.status === 'changed').map((task) => [edited.parsed.rows[task.row]?.title, task.changes])).toEqual([[exported[3]?.[1], ['start']]]);
  });

  it("a preview asked for other choices says 'as-before' and is planned against the records sent last, until new ones come", async () => {
    const read = await readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, 'schedule-zh.xlsx'))));
    if (!read.ok) throw new Error(read.reason);
    const sheet = read.value.sheets[0]?.rows ?? [];
    const header = findHeader(sheet);
    if (!header) throw new Error('no header');
    const doc = new Y.Doc();
    initProject(doc, ['To do'], {});
    const records = () => {
      const view = readProject(doc);
      return { tasks: view.tasks.map(toRequestTask), links: view.links.map(toExistingLink) };
    };
    const base = { sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, calendar: DEFAULT_CALENDAR_SETTINGS, members: [], today: '2026-03-02' as IsoDay } as const;
    const analyse = makeScheduleAnalyser();
    // nothing sent yet: the worker can't plan 'as-before'
    expect(analyse(sheet, { ...base, dayOrder: 'month-first', existing: 'as-before' })).toBeNull();
    const first = analyse(sheet, structuredClone({ ...base, dayOrder: 'month-first', existing: records() }));
    if (!first || !applyImport(doc, first.plan, { createdBy: null, now: 1 }, null).ok) throw new Error('not written');

    // the project changed, but the worker still plans against the empty project it was sent
    expect(analyse(sheet, { ...base, dayOrder: 'day-first', existing: 'as-before' })?.plan.counts).toEqual({ added: 9, changed: 0, unchanged: 0, notInFile: 0 });
    // the new records replace them, and 'as-before' then means these, with the same result as sending them
    const sentAgain = analyse(sheet, structuredClone({ ...base, dayOrder: 'month-first', existing: records() }));
    const asBefore = analyse(sheet, { ...base, dayOrder: 'month-first', existing: 'as-before' });
    expect(sentAgain?.plan.counts).toEqual({ added: 0, changed: 0, unchanged: 9, notInFile: 0 });
    expect(asBefore).toStrictEqual(sentAgain);
    // another calendar schedules the kept records anew: the same as a fresh worker sent them with it
    const everyDay = { ...base, dayOrder: 'month-first', calendar: { ...DEFAULT_CALENDAR_SETTINGS, workingWeekdays: [0, 1, 2, 3, 4, 5, 6] } } as const;
    expect(analyse(sheet, { ...everyDay, existing: 'as-before' })).toStrictEqual(makeScheduleAnalyser()(sheet, { ...everyDay, existing: records() }));
  });
});
