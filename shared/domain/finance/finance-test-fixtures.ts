// Arrange steps for finance tests: records with every field filled, overridable one by one.
import type { IsoDay } from '../../iso-day';
import { fen, type Fen } from '../../money';
import type { CostEntry } from './cost-entry';
import type { CategoryId, FundEntryId, LabourRecordId, WorkerId } from './finance-ids';
import type { FundEntry } from './fund-entry';
import type { LabourRecord } from './labour-record';

export const WANG = 'worker_Wang00001' as WorkerId;
export const LI = 'worker_Li0000001' as WorkerId;
export const ZHAO = 'worker_Zhao00001' as WorkerId;

export function day(value: string): IsoDay {
  return value as IsoDay;
}

let counter = 0;
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}${String(counter).padStart(10, '0')}`;
}

export function labourRecord(overrides: Partial<LabourRecord> = {}): LabourRecord {
  return {
    id: nextId('lab_') as LabourRecordId,
    workerId: WANG,
    day: day('2026-03-02'),
    timeUnit: 'man-days',
    manDays: 1,
    hours: 0,
    hoursPerDay: 8,
    pay: 'day-rate',
    dayRate: fen(35_000),
    pieceRate: fen(0),
    quantity: 0,
    overtimeHours: 0,
    overtimeRate: fen(0),
    content: '',
    taskId: null,
    foremanId: null,
    signOff: 'signed',
    signedBy: 'user_Boss000001',
    signedAt: 1,
    ...overrides,
  };
}

export function costEntry(amount: Fen, overrides: Partial<CostEntry> = {}): CostEntry {
  return {
    id: nextId('cost_'),
    day: day('2026-03-02'),
    categoryId: 'materials' as CategoryId,
    amount,
    taskId: null,
    supplier: '',
    invoiceNumber: '',
    note: '',
    enteredBy: null,
    source: 'entry',
    ...overrides,
  };
}

export function fundEntry(overrides: Partial<FundEntry> & Pick<FundEntry, 'direction' | 'amount'>): FundEntry {
  return {
    id: nextId('fund_') as FundEntryId,
    status: 'done',
    dueDay: null,
    paidDay: day('2026-03-02'),
    counterparty: '',
    workerId: null,
    categoryId: null,
    taskId: null,
    note: '',
    ...overrides,
  };
}
