import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { FundEntry, FundEntryId } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { fundsExportTable, positionExportTable, sortFundEntries } from './fund-tables';

const entry = (id: string, status: FundEntry['status'], dueDay: string | null, paidDay: string | null): FundEntry => ({
  id: id as FundEntryId, direction: 'receipt', status, amount: 1_234_500 as Fen, dueDay: dueDay as IsoDay | null, paidDay: paidDay as IsoDay | null,
  counterparty: '-甲方', workerId: null, categoryId: null, taskId: null, note: '',
});

describe('sortFundEntries', () => {
  it('lists planned entries by due day (undated last), then done ones newest first', () => {
    const sorted = sortFundEntries([entry('d1', 'done', null, '2026-01-01'), entry('p2', 'planned', null, null), entry('p1', 'planned', '2026-02-01', null), entry('d2', 'done', null, '2026-01-05')]);
    expect(sorted.map((one) => one.id)).toEqual(['p1', 'p2', 'd2', 'd1']);
  });
});

describe('fundsExportTable', () => {
  it('writes yuan as numbers, days as dates and neutralises a leading minus in text', () => {
    const csv = writeCsv(fundsExportTable([entry('p1', 'planned', '2026-02-01', null)], {
      headers: ['Kind', 'State', 'Amount', 'Due', 'Paid', 'Counterparty', 'Note'], direction: () => 'Receipt', status: () => 'Planned',
    }));
    expect(csv.split('\r\n')[1]).toBe("Receipt,Planned,12345,2026-02-01,,'-甲方,");
  });
});

describe('positionExportTable', () => {
  it('writes each figure of the cash position in yuan, overdue amounts on rows of their own', () => {
    const fen = (yuan: number) => (yuan * 100) as Fen;
    const table = positionExportTable(
      { received: fen(12_000), paid: fen(3_000.5), cashBalance: fen(8_999.5), receivables: fen(5_000), overdueReceivables: fen(1_000), payables: fen(0), overduePayables: fen(0) },
      { figure: 'Figure', amount: 'Amount (¥)', balance: 'Cash balance', received: 'Received', paid: 'Paid', receivables: 'Receivables', overdueReceivables: 'Receivables overdue', payables: 'Payables', overduePayables: 'Payables overdue' },
    );
    expect(writeCsv(table).split('\r\n')).toEqual([
      '\uFEFFFigure,Amount (¥)', 'Cash balance,8999.5', 'Received,12000', 'Paid,3000.5', 'Receivables,5000', 'Receivables overdue,1000', 'Payables,0', 'Payables overdue,0', '',
    ]);
  });
});
