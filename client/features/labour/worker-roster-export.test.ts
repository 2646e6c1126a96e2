import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { Worker, WorkerId } from '../../../shared/domain/finance';
import type { Fen } from '../../../shared/money';
import { workerRosterTable } from './worker-roster-export';

describe('workerRosterTable', () => {
  it('writes each worker with the default day rate in yuan, the phone as text and whether still offered', () => {
    const worker = (id: string, fields: Partial<Worker>): Worker => ({ id: id as WorkerId, name: id, team: '', trade: '', defaultDayRate: 0 as Fen, phone: '', active: true, ...fields });
    const table = workerRosterTable([
      worker('Zhao Liu', { team: 'Carpenters', trade: '木工', defaultDayRate: 40_050 as Fen, phone: '+86 138 0000 0000' }),
      worker('Qian Qi', { active: false }),
    ], { headers: ['Name', 'Team', 'Trade', 'Day rate (¥)', 'Phone', 'State'], active: 'Active', inactive: 'Inactive' });
    expect(writeCsv(table)).toBe("\uFEFFName,Team,Trade,Day rate (¥),Phone,State\r\nZhao Liu,Carpenters,木工,400.5,'+86 138 0000 0000,Active\r\nQian Qi,,,0,,Inactive\r\n");
  });
});
