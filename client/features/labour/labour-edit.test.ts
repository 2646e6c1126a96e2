import { describe, expect, it } from 'vitest';
import type { LabourRecord, LabourRecordId, Worker, WorkerId } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { fen } from '../../../shared/money';
import { toLabourInput } from './labour-entry';
import { amountAfter, fieldsFromRecord, isEmptyPatch, labourEditPatch } from './labour-edit';

const MONDAY = '2026-03-02' as IsoDay;
const wang: Worker = { id: 'worker_Wang00001' as WorkerId, name: '王师傅', team: '泥工班', trade: '瓦工', defaultDayRate: fen(35_000), phone: '', active: true };
const li: Worker = { ...wang, id: 'worker_Li0000001' as WorkerId, name: '李四' };

const dayWork: LabourRecord = {
  id: 'labour-record_A1' as LabourRecordId, workerId: wang.id, day: MONDAY, timeUnit: 'man-days', manDays: 1.5, hours: 0, hoursPerDay: 10,
  pay: 'day-rate', dayRate: fen(123_456), pieceRate: fen(0), quantity: 0, overtimeHours: 2.5, overtimeRate: fen(4_550), content: '砌墙',
  taskId: 'task_T100000001', foremanId: null, signOff: 'pending', signedBy: null, signedAt: null,
};
const pieceWork: LabourRecord = { ...dayWork, pay: 'piece-rate', manDays: 0, dayRate: fen(0), pieceRate: fen(1_235), quantity: 40.125, pieceUnit: '㎡', overtimeHours: 0, overtimeRate: fen(0) };

function inputOf(fields: ReturnType<typeof fieldsFromRecord>) {
  const input = toLabourInput(fields, [wang, li]);
  if (!input.ok) throw new Error(input.reason);
  return input.value;
}

describe('editing a labour record', () => {
  it('fills the form with the exact amounts and quantities that were saved', () => {
    expect(fieldsFromRecord(dayWork)).toMatchObject({
      workerId: wang.id, day: MONDAY, pay: 'day-rate', timeUnit: 'man-days', time: '1.5', dayRate: '1,234.56', overtimeHours: '2.5', overtimeRate: '45.50', content: '砌墙',
    });
    expect(fieldsFromRecord({ ...dayWork, timeUnit: 'hours', manDays: 0, hours: 6.5 })).toMatchObject({ timeUnit: 'hours', time: '6.5' });
    expect(fieldsFromRecord(pieceWork)).toMatchObject({ pay: 'piece-rate', pieceRate: '12.35', quantity: '40.125', pieceUnit: '㎡', dayRate: '', time: '1' });
  });

  it('an unchanged form changes nothing, and reads back to the same amount', () => {
    for (const record of [dayWork, pieceWork]) {
      const patch = labourEditPatch(record, inputOf(fieldsFromRecord(record)));
      expect(patch).toEqual({});
      expect(isEmptyPatch(patch)).toBe(true);
      expect(amountAfter(record, patch)).toBe(amountAfter(record, {}));
    }
  });

  it('writes only what was changed, never the task or the hours per day the form does not show', () => {
    const patch = labourEditPatch(dayWork, inputOf({ ...fieldsFromRecord(dayWork), time: '2', content: ' 砌墙 ' }));
    expect(patch).toEqual({ manDays: 2 });
    // 1,234.56 × 2 + 2.5 h × 45.50 = 2,469.12 + 113.75
    expect(amountAfter(dayWork, patch)).toBe(258_287);
    expect(labourEditPatch(dayWork, inputOf({ ...fieldsFromRecord(dayWork), workerId: li.id, day: '2026-03-03' as IsoDay }))).toEqual({ workerId: li.id, day: '2026-03-03' });
  });

  it('a piece-rate unit can be changed or removed; switching to day rate writes the day-rate fields', () => {
    expect(labourEditPatch(pieceWork, inputOf({ ...fieldsFromRecord(pieceWork), pieceUnit: ' 米 ' }))).toEqual({ pieceUnit: '米' });
    expect(labourEditPatch(pieceWork, inputOf({ ...fieldsFromRecord(pieceWork), pieceUnit: '' }))).toEqual({ pieceUnit: '' });
    const toDays = labourEditPatch(pieceWork, inputOf({ ...fieldsFromRecord(pieceWork), pay: 'day-rate', dayRate: '350' }));
    expect(toDays).toEqual({ pay: 'day-rate', manDays: 1, dayRate: 35_000, pieceRate: 0, quantity: 0, pieceUnit: '' });
    expect(amountAfter(pieceWork, toDays)).toBe(35_000);
  });
});
