import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_CALENDAR_SETTINGS } from '../../../shared/domain/calendar/calendar-settings';
import { findHeader } from '../../../shared/domain/import/find-header';
import { initProject, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { analyseSchedule, toExistingLink, toExistingTask, type ScheduleRequest } from './analyse-schedule';
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
        existing: { tasks: view.tasks.map(toExistingTask), links: view.links.map(toExistingLink) }, members: [],
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
    expect(Object.keys(request().existing.tasks[0] ?? {}).sort()).toEqual(['assignees', 'constraint', 'description', 'duration', 'id', 'importKey', 'parentId', 'percentComplete', 'title']);
  });
});
