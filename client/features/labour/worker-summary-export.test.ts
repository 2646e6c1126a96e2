import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { workerBalances, type Worker, type WorkerId } from '../../../shared/domain/finance';
import { labourRecord } from '../../../shared/domain/finance/finance-test-fixtures';
import { fen } from '../../../shared/money';
import { workerSummaryTable } from './worker-summary-export';

const HEADERS = { worker: 'Worker', team: 'Team', trade: 'Trade', signed: 'Signed', pending: 'Not signed', paid: 'Paid', owed: 'Owed', total: 'Total', unknownWorker: '?' };
const evil: Worker = { id: 'worker_Evil00001' as WorkerId, name: '=HYPERLINK("x")', team: '泥工班', trade: '', defaultDayRate: fen(0), phone: '', active: true };

describe('worker summary export', () => {
  it('one row per worker plus a total, money in yuan, a formula-like name neutralised', () => {
    const balances = workerBalances([
      labourRecord({ workerId: evil.id, manDays: 1.5, dayRate: fen(33_333) }),
      labourRecord({ workerId: 'worker_Gone00001' as WorkerId, signOff: 'pending', signedBy: null, signedAt: null }),
    ], []);
    const csv = writeCsv(workerSummaryTable(balances, [evil], HEADERS));
    expect(csv).toBe('\uFEFFWorker,Team,Trade,Signed (¥),Not signed (¥),Paid (¥),Owed (¥)\r\n'
      + '"\'=HYPERLINK(""x"")",泥工班,,500,0,0,500\r\n'
      + '?,,,0,350,0,0\r\n'
      + 'Total,,,500,350,0,500\r\n');
  });
});
