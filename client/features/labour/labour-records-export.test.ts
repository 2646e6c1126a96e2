import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import type { Worker, WorkerId } from '../../../shared/domain/finance';
import { day, labourRecord, WANG } from '../../../shared/domain/finance/finance-test-fixtures';
import { fen } from '../../../shared/money';
import { labourRecordsTable } from './labour-records-export';

const HEADERS = {
  day: 'Day', worker: 'Worker', team: 'Team', pay: 'Paid by', manDays: 'Man-days', hours: 'Hours', dayRate: 'Day rate (¥)', quantity: 'Quantity', unit: 'Unit',
  pieceRate: 'Rate per unit (¥)', overtimeHours: 'Overtime hours', overtimeRate: 'Overtime rate (¥/h)', amount: 'Amount', content: 'Work done', signOff: 'Sign-off',
  dayRatePay: 'Day rate', pieceRatePay: 'Piece rate', signed: 'Signed', pending: 'Not signed', unknownWorker: '?',
};
const wang: Worker = { id: WANG, name: '王师傅', team: '泥工班', trade: '瓦工', defaultDayRate: fen(35_000), phone: '', active: true };

describe('labour records export', () => {
  it('a piece-rate row carries quantity, unit and rate; a day-rate row its time; amounts exact; formula-like text neutralised', () => {
    const csv = writeCsv(labourRecordsTable([
      labourRecord({ manDays: 1.5, overtimeHours: 2, overtimeRate: fen(5_000), content: '砌墙' }),
      labourRecord({ pay: 'piece-rate', dayRate: fen(0), pieceRate: fen(1_235), quantity: 40.125, pieceUnit: '㎡', content: '=1+1', signOff: 'pending', signedBy: null, signedAt: null }),
      labourRecord({ workerId: 'worker_Gone00001' as WorkerId, timeUnit: 'hours', manDays: 0, hours: 4, day: day('2026-03-03') }),
    ], [wang], HEADERS));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFDay,Worker,Team,Paid by,Man-days,Hours,Day rate (¥),Quantity,Unit,Rate per unit (¥),Overtime hours,Overtime rate (¥/h),Amount (¥),Work done,Sign-off',
      // 350 × 1.5 + 2 h × 50 = 625
      '2026-03-02,王师傅,泥工班,Day rate,1.5,0,350,,,,2,50,625,砌墙,Signed',
      // 12.35 × 40.125 = 495.54375 → 495.54
      "2026-03-02,王师傅,泥工班,Piece rate,,,,40.125,㎡,12.35,0,0,495.54,'=1+1,Not signed",
      // 350 × 4 h / 8 h = 175
      '2026-03-03,?,,Day rate,0,4,350,,,,0,0,175,,Signed',
      '',
    ]);
  });
});
