import { describe, expect, it } from 'vitest';
import type { Worker, WorkerId } from '../../../shared/domain/finance';
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
