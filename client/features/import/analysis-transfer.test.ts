import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS } from '../../../shared/domain/calendar/calendar-settings';
import { parseCsv } from '../../../shared/domain/import/csv';
import { findHeader } from '../../../shared/domain/import/find-header';
import type { Sheet } from '../../../shared/domain/import/sheet-types';
import type { IsoDay } from '../../../shared/iso-day';
import { analyseSchedule } from './analyse-schedule';
import { decodeAnalysis, encodeAnalysis } from './analysis-transfer';
import { readWorkbook } from './read-workbook';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/import');

function analyse(sheet: Sheet) {
  const header = findHeader(sheet);
  if (!header) throw new Error('no header');
  return analyseSchedule(sheet, {
    sheetIndex: 0, headerRow: header.headerRow, mapping: header.mapping, dayOrder: 'month-first', calendar: DEFAULT_CALENDAR_SETTINGS,
    existing: { tasks: [], links: [] }, members: [{ id: 'member-1', name: '王工' }], today: '2026-03-02' as IsoDay,
  });
}

describe('a schedule analysis sent from the worker as JSON', () => {
  it('arrives equal to what the worker made, issues, skipped rows and links included, with the plan over the parsed rows again', async () => {
    const read = await readWorkbook(new Uint8Array(readFileSync(join(FIXTURES, 'schedule-zh.xlsx'))));
    if (!read.ok) throw new Error(read.reason);
    const made = analyse(read.value.sheets[0]?.rows ?? []);
    const arrived = decodeAnalysis(encodeAnalysis(made));
    expect(arrived).toStrictEqual(made);
    expect(arrived.plan.rows).toBe(arrived.parsed.rows);
  });

  it('keeps every kind of value a sheet can give: errors, a skipped row, unknown people, milestones and leads', () => {
    const sheet = parseCsv([
      'WBS,任务名称,工期,开始时间,前置任务,负责人,进度',
      '1,基础,,,,,',
      '1.1,开挖,3天,2026/3/5,,王工,40%',
      '1.2,垫层,0,,1.1SS-2,李四,0.5',
      '1.3,,2,,9,,',
      '1.4,回填,x,2026-13-40,1.2FF+1,,150%',
    ].join('\n'));
    const made = analyse(sheet);
    const codes = made.parsed.rows.flatMap((row) => row.issues.map((issue) => issue.code)).concat(made.parsed.skipped.flatMap((row) => row.issues.map((issue) => issue.code)));
    // the sheet does give problems of several kinds, so the round trip is tested on them
    expect(new Set(codes).size).toBeGreaterThanOrEqual(3);
    expect(made.plan.unknownAssignees).toEqual(['李四']);
    const arrived = decodeAnalysis(encodeAnalysis(made));
    expect(arrived).toStrictEqual(made);
    expect(arrived.plan.rows).toBe(arrived.parsed.rows);
  });
});
