import { describe, expect, it } from 'vitest';
import { labourAmount, type LabourRecord, type LabourRecordId, type Worker, type WorkerId } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { fen } from '../../../shared/money';
import { initialFields, toLabourInput, withWorker, yesterdayOf } from './labour-entry';

const TODAY = '2026-03-02' as IsoDay;
const wang: Worker = { id: 'worker_Wang00001' as WorkerId, name: '王师傅', team: '泥工班', trade: '瓦工', defaultDayRate: fen(35_000), phone: '', active: true };

describe('labour entry form', () => {
  it('starts on today with one man-day, and proposes the chosen worker’s day rate', () => {
    const fields = withWorker(initialFields(TODAY), wang);
    expect(fields).toMatchObject({ day: TODAY, time: '1', timeUnit: 'man-days', workerId: wang.id, dayRate: '350.00' });
    expect(yesterdayOf(TODAY)).toBe('2026-03-01');
    expect(yesterdayOf('2026-03-01' as IsoDay)).toBe('2026-02-28');
  });

  it('turns typed text into an exact labour input (¥ and 万 accepted, amounts in fen)', () => {
    const fields = { ...withWorker(initialFields(TODAY), wang), time: '1.5', dayRate: '¥380.5', overtimeHours: '2', overtimeRate: '45' };
    expect(toLabourInput(fields, [wang])).toEqual({
      ok: true,
      value: expect.objectContaining({ workerId: wang.id, manDays: 1.5, hours: 0, dayRate: 38_050, overtimeHours: 2, overtimeRate: 4_500, pay: 'day-rate' }),
    });
    const hours = toLabourInput({ ...fields, timeUnit: 'hours', time: '6.5' }, [wang]);
    expect(hours.ok && [hours.value.manDays, hours.value.hours]).toEqual([0, 6.5]);
  });

  it('pays piece rate × quantity exactly, with no time needed', () => {
    const fields = { ...withWorker(initialFields(TODAY), wang), pay: 'piece-rate' as const, time: '', pieceRate: '12.35', quantity: '40.125' };
    const input = toLabourInput(fields, [wang]);
    expect(input).toEqual({ ok: true, value: expect.objectContaining({ pay: 'piece-rate', pieceRate: 1_235, quantity: 40.125, manDays: 0, hours: 0 }) });
    // 12.35 × 40.125 = 495.54375 → ¥495.54 (rounded once, half away from zero)
    const record: LabourRecord | null = input.ok ? { ...input.value, id: 'labour-record_x' as LabourRecordId, foremanId: null, signOff: 'pending', signedBy: null, signedAt: null } : null;
    expect(record && labourAmount(record)).toBe(49_554);
    expect(toLabourInput({ ...fields, quantity: '' }, [wang])).toEqual({ ok: false, reason: 'quantity' });
    expect(toLabourInput({ ...fields, quantity: '1.2345' }, [wang])).toEqual({ ok: false, reason: 'quantity' });
    // the unit is what the foreman calls it, trimmed; left out when not named, refused when too long
    expect(toLabourInput({ ...fields, pieceUnit: ' ㎡ ' }, [wang])).toEqual({ ok: true, value: expect.objectContaining({ pieceUnit: '㎡' }) });
    expect(toLabourInput(fields, [wang])).toEqual({ ok: true, value: expect.not.objectContaining({ pieceUnit: expect.anything() }) });
    expect(toLabourInput({ ...fields, pieceUnit: '平方米'.repeat(6) }, [wang])).toEqual({ ok: false, reason: 'pieceUnit' });
    expect(toLabourInput({ ...fields, pieceRate: 'x' }, [wang])).toEqual({ ok: false, reason: 'pieceRate' });
  });

  it('names the field that is wrong', () => {
    const fields = withWorker(initialFields(TODAY), wang);
    expect(toLabourInput({ ...fields, workerId: '' }, [wang])).toEqual({ ok: false, reason: 'worker' });
    expect(toLabourInput({ ...fields, time: '0.3' }, [wang])).toEqual({ ok: false, reason: 'time' });
    expect(toLabourInput({ ...fields, time: '' }, [wang])).toEqual({ ok: false, reason: 'time' });
    expect(toLabourInput({ ...fields, dayRate: 'abc' }, [wang])).toEqual({ ok: false, reason: 'dayRate' });
    expect(toLabourInput({ ...fields, dayRate: '-5' }, [wang])).toEqual({ ok: false, reason: 'dayRate' });
    expect(toLabourInput({ ...fields, overtimeHours: '1.2' }, [wang])).toEqual({ ok: false, reason: 'overtimeHours' });
    expect(toLabourInput({ ...fields, overtimeRate: '1.234' }, [wang])).toEqual({ ok: false, reason: 'overtimeRate' });
  });
});
