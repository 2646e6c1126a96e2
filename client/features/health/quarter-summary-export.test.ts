import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { projectSummaryExportTable, teamSummaryExportTable } from './quarter-summary-export';
import type { ProjectSummary } from './quarter-summary';

const labels = {
  figure: 'Figure', value: 'Value', activityPercent: 'Activity rate (%)', activeDays: 'Active days', countedDays: 'Days counted',
  edits: 'Edits', satisfaction: 'Satisfaction', errorRate: 'Errors per session', errors: 'Errors',
};
const headers = ['Project', 'As of', 'Done', 'Tasks', 'Overdue', 'Planned %', 'Actual %', 'Forecast', 'Budget', 'Actual cost', 'Cash'] as const;

describe('teamSummaryExportTable', () => {
  it('writes one row per figure, the activity rate in percent, nothing where a figure is unknown', () => {
    const table = teamSummaryExportTable({ countedDays: 64, activeDays: 40, activityRate: 0.625, edits: 1200, errors: 3, errorsPerActiveSession: null, satisfaction: 4.25 }, labels);
    expect(writeCsv(table).split('\r\n')).toEqual([
      '\uFEFFFigure,Value', 'Activity rate (%),62.5', 'Active days,40', 'Days counted,64', 'Edits,1200', 'Satisfaction,4.25', 'Errors per session,', 'Errors,3', '',
    ]);
  });

  it('has empty values while the team figures are not loaded', () => {
    expect(teamSummaryExportTable(null, labels).rows.every((row) => row[1]?.kind === 'empty')).toBe(true);
  });
});

describe('projectSummaryExportTable', () => {
  it('writes a project line with days as dates and money in yuan, and a project without figures as its name alone', () => {
    const summary: ProjectSummary = {
      asOf: '2026-03-31' as IsoDay,
      tasks: { total: 40, done: 12, open: 28, overdue: 2, percentComplete: 35 },
      schedule: { plannedPercent: 40, actualPercent: 35.5, lateCriticalTasks: 1, forecastFinish: '2026-09-30' as IsoDay, baselineFinish: null },
      finance: { budget: 100_000_000 as Fen, actual: 12_345_678 as Fen, cashIn: 0 as Fen, cashOut: 0 as Fen, cashBalance: -5_050 as Fen, earnedValue: null, pv: null, ev: null, ac: null },
    };
    const table = projectSummaryExportTable([{ name: 'Tower C', summary }, { name: '+East gate', summary: null }], headers);
    expect(table.rows[0]?.[1]).toEqual({ kind: 'day', value: '2026-03-31' });
    expect(writeCsv(table).split('\r\n').slice(1)).toEqual([
      'Tower C,2026-03-31,12,40,2,40,35.5,2026-09-30,1000000,123456.78,-50.5', "'+East gate,,,,,,,,,,", '',
    ]);
  });
});
