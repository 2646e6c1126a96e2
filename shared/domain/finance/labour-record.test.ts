import { describe, expect, it } from 'vitest';
import { fen } from '../../money';
import { labourRecord } from './finance-test-fixtures';
import { isHalfStep, labourAmount, LabourRecordError } from './labour-record';

describe('labourAmount', () => {
  it('pays man-days in half steps at the day rate', () => {
    expect(labourAmount(labourRecord({ manDays: 1, dayRate: fen(35_000) }))).toBe(35_000);
    expect(labourAmount(labourRecord({ manDays: 1.5, dayRate: fen(35_000) }))).toBe(52_500);
    expect(labourAmount(labourRecord({ manDays: 0.5, dayRate: fen(33_333) }))).toBe(16_667);
  });

  it('pays hours as a share of the day rate, rounding the line once', () => {
    // ¥333.33 a day, 5.5 of 8 hours: 33333 × 5.5 / 8 = 22916.4375 fen → ¥229.16
    expect(labourAmount(labourRecord({ timeUnit: 'hours', hours: 5.5, dayRate: fen(33_333) }))).toBe(22_916);
    // a 10-hour day at ¥400: 4 hours = ¥160
    expect(labourAmount(labourRecord({ timeUnit: 'hours', hours: 4, hoursPerDay: 10, dayRate: fen(40_000) }))).toBe(16_000);
  });

  it('adds overtime hours at the overtime rate before rounding', () => {
    // 1 day at ¥350 + 2.5 h at ¥45.5 = 35000 + 11375 = 46375 fen
    expect(labourAmount(labourRecord({ manDays: 1, overtimeHours: 2.5, overtimeRate: fen(4_550) }))).toBe(46_375);
    // 0.5 day at ¥0.01 (0.5 fen) + 0.5 h at ¥0.01 (0.5 fen) = exactly 1 fen, not 2
    expect(labourAmount(labourRecord({ manDays: 0.5, dayRate: fen(1), overtimeHours: 0.5, overtimeRate: fen(1) }))).toBe(1);
  });

  it('pays piece work as rate × quantity with up to three decimals, ignoring time', () => {
    // 38.125 m² of tiling at ¥28.50 = 108656.25 fen → ¥1,086.56
    expect(labourAmount(labourRecord({ pay: 'piece-rate', pieceRate: fen(2_850), quantity: 38.125, manDays: 1 }))).toBe(108_656);
    expect(labourAmount(labourRecord({ pay: 'piece-rate', pieceRate: fen(2_850), quantity: 38.125, overtimeHours: 1, overtimeRate: fen(5_000) }))).toBe(113_656);
  });

  it('throws a named error for quantities the rules forbid (readers and commands refuse them first)', () => {
    expect(() => labourAmount(labourRecord({ manDays: 0.3 }))).toThrow(LabourRecordError);
    expect(() => labourAmount(labourRecord({ overtimeHours: -1 }))).toThrow(LabourRecordError);
    expect(() => labourAmount(labourRecord({ pay: 'piece-rate', quantity: 1.0001 }))).toThrow(LabourRecordError);
    expect(isHalfStep(2.5)).toBe(true);
    expect(isHalfStep(2.25)).toBe(false);
  });
});
