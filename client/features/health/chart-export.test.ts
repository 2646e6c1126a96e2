import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { dayToChartX } from '../../ui/chart/chart-data';
import { chartExportTable } from './chart-export';

const x = (day: string): number => dayToChartX(day as IsoDay);

describe('chartExportTable', () => {
  it('writes a row per day with a point, a column per line, and an empty cell where a line has none', () => {
    const table = chartExportTable([
      { label: 'All tasks', points: [{ x: x('2026-12-01'), y: 3 }, { x: x('2026-12-02'), y: 4 }] },
      { label: 'Done tasks', points: [{ x: x('2026-12-02'), y: 2 }] },
    ], 'count', 'Day');
    expect(table.header).toEqual(['Day', 'All tasks', 'Done tasks']);
    expect(table.rows).toEqual([
      [{ kind: 'day', value: '2026-12-01' }, { kind: 'number', value: 3 }, { kind: 'empty' }],
      [{ kind: 'day', value: '2026-12-02' }, { kind: 'number', value: 4 }, { kind: 'number', value: 2 }],
    ]);
    expect(table.widths).toHaveLength(3);
  });

  it('writes money in yuan and rates as percent, as the chart reads them', () => {
    const money = chartExportTable([{ label: 'Actual cost', points: [{ x: x('2026-12-01'), y: 123_456 }] }], 'money', 'Day');
    expect(money.rows[0]?.[1]).toEqual({ kind: 'number', value: 1234.56 });
    const rate = chartExportTable([{ label: 'Active', points: [{ x: x('2026-12-01'), y: 0.6667 }] }], 'rate', 'Day');
    expect(rate.rows[0]?.[1]).toEqual({ kind: 'number', value: 66.67 });
  });

  it('keeps a line name as the header (the writers neutralise formulas), and a line without points gives no rows', () => {
    const table = chartExportTable([{ label: '=cmd', points: [] }], 'count', 'Day');
    expect(table.header).toEqual(['Day', '=cmd']);
    expect(table.rows).toEqual([]);
  });
});
