import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { riskExportTable } from './risk-export';

describe('riskExportTable', () => {
  it('writes the project finish and each task in the given order, with the reasons in words, one per line', () => {
    const table = riskExportTable([
      { taskId: null, critical: true, delayDays: 3, reasons: [{ kind: 'finish-after-schedule', byDays: 3 }] },
      { taskId: 't1', critical: true, delayDays: 2, reasons: [{ kind: 'late-critical', daysLate: 2 }, { kind: 'behind-plan', actualPercent: 10, plannedPercent: 50 }] },
    ], {
      headers: ['WBS', 'Task', 'Critical', 'Delay (working days)', 'Reasons'], project: 'Project finish', yes: 'Yes',
      codeOf: () => '1.2', titleOf: () => 'Pour slab', reason: (reason) => reason.kind,
    });
    expect(writeCsv(table)).toBe('\uFEFFWBS,Task,Critical,Delay (working days),Reasons\r\n,Project finish,Yes,3,finish-after-schedule\r\n1.2,Pour slab,Yes,2,"late-critical\nbehind-plan"\r\n');
  });
});
