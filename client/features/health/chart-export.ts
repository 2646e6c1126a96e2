// The figures behind a health chart as a table to export: one row per day that has a point, one column
// per line, the day a real date. Values are written as the chart's numbers mean them: counts and
// scores as they are, percents as percent points, rates as percent (the chart's 0–1 times 100), and
// money in yuan (integer fen / 100), so a spreadsheet sums them as the screen shows them.
import { dayCell, numberCell, type ExportCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import { alignSeries, chartXToDay, type ChartSeries } from '../../ui/chart/chart-data';
import type { FigureFormat } from './health-format';

const DAY_WIDTH = 12;
const EMPTY: ExportCell = { kind: 'empty' };
const VALUE_WIDTH = 16;

export function chartExportTable(series: readonly ChartSeries[], format: FigureFormat, dayHeader: string): ExportTable {
  const [xs, ...columns] = alignSeries(series);
  const cell = (value: number | null | undefined): ExportCell => (value === null || value === undefined ? EMPTY : numberCell(exported(value, format)));
  return {
    header: [dayHeader, ...series.map((one) => one.label)],
    widths: [DAY_WIDTH, ...series.map((one) => Math.max(VALUE_WIDTH, one.label.length + 2))],
    rows: xs.map((x, row) => [dayCell(chartXToDay(x)), ...columns.map((column) => cell(column[row]))]),
  };
}

function exported(value: number, format: FigureFormat): number {
  switch (format) {
    case 'money': return Math.round(value) / 100;
    case 'rate': return Math.round(value * 10_000) / 100;
    case 'count':
    case 'percent':
    case 'score':
    case 'ratio':
      return value;
  }
}
