import { describe, expect, it } from 'vitest';
import { excelSerialToDay, parseDate } from './parse-date';

describe('parseDate', () => {
  it('reads Excel serial numbers, counting past the 1900 leap-year bug', () => {
    expect(excelSerialToDay(46086)).toBe('2026-03-05');
    expect(excelSerialToDay(61)).toBe('1900-03-01');
    expect(excelSerialToDay(1)).toBeNull();
    expect(parseDate(46086.5, 'month-first')).toEqual({ value: '2026-03-05', problem: null });
  });

  it('reads year-first dates in ISO, slash, dot and Chinese forms', () => {
    for (const cell of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', '２０２６年３月５日', '2026-03-05 08:00', '2026/3/5 (周四)']) {
      expect(parseDate(cell, 'month-first')).toEqual({ value: '2026-03-05', problem: null });
    }
  });

  it('reads 3/5/2026 in the order the user picked and flags it as ambiguous', () => {
    expect(parseDate('3/5/2026', 'month-first')).toEqual({ value: '2026-03-05', problem: { severity: 'warning', code: 'ambiguous-date', assumed: '2026-03-05' } });
    expect(parseDate('3/5/2026', 'day-first').value).toBe('2026-05-03');
  });

  it('does not flag a date that only one order can read', () => {
    expect(parseDate('25/3/2026', 'month-first')).toEqual({ value: '2026-03-25', problem: null });
    expect(parseDate('3/3/26', 'day-first')).toEqual({ value: '2026-03-03', problem: null });
  });

  it('refuses impossible days and words, and leaves an empty cell empty', () => {
    expect(parseDate('2026-02-30', 'month-first').problem?.code).toBe('bad-date');
    expect(parseDate('next Monday', 'month-first').problem?.code).toBe('bad-date');
    expect(parseDate(null, 'month-first')).toEqual({ value: null, problem: null });
  });
});
