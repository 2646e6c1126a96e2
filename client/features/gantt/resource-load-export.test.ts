import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { computeResourceLoad } from '../../../shared/domain/schedule/resource-load';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../../shared/iso-day';
import { loadGrid } from './resource-buckets';
import { resourceLoadExportTable } from './resource-load-export';

const day = (value: string) => value as IsoDay;

describe('resourceLoadExportTable', () => {
  const calendar = makeCalendar();
  const load = computeResourceLoad([
    { id: 'a', assignees: ['u1'], start: day('2026-03-02'), finish: day('2026-03-04'), duration: 3 },
    { id: 'b', assignees: ['u1', 'u2'], start: day('2026-03-04'), finish: day('2026-03-10'), duration: 5 },
  ], calendar, { from: day('2026-03-02'), to: day('2026-03-10') });
  const text = { period: 'Period', overDays: 'Over-allocated days', nameOf: (id: string) => (id === 'u1' ? 'Ann Wang' : '=Bo') };

  it('has a row per week with its Monday as a date, a column per person and the over-allocated days last', () => {
    const table = resourceLoadExportTable(loadGrid(load, 'week'), text);
    expect(table.rows[0]?.[0]).toEqual({ kind: 'day', value: '2026-03-02' });
    expect(writeCsv(table).split('\r\n')).toEqual([
      "\uFEFFPeriod,Ann Wang,'=Bo", '2026-03-02,2,1', '2026-03-09,1,1', 'Over-allocated days,1,0', '',
    ]);
  });

  it('has a row per working day when the panel shows days', () => {
    const rows = writeCsv(resourceLoadExportTable(loadGrid(load, 'day'), text)).split('\r\n');
    expect(rows.slice(1, 4)).toEqual(['2026-03-02,1,0', '2026-03-03,1,0', '2026-03-04,2,1']);
    expect(rows).toHaveLength(1 + 7 + 1 + 1);
  });
});
