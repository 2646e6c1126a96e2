import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration';

describe('parseDuration', () => {
  it('reads working days in every usual spelling', () => {
    for (const cell of [5, '5', '5d', '5 days', '5天', '5工日', '5个工作日', '５天']) expect(parseDuration(cell)).toEqual({ value: 5, problem: null });
  });

  it('reads weeks as five working days and hours as eighths of a day', () => {
    expect(parseDuration('2w').value).toBe(10);
    expect(parseDuration('2周').value).toBe(10);
    expect(parseDuration('16h').value).toBe(2);
  });

  it('rounds a fraction up to whole days and says so', () => {
    expect(parseDuration(1.5)).toEqual({ value: 2, problem: { severity: 'warning', code: 'fractional-duration', assumed: '2' } });
  });

  it('reads 0 as a milestone and an empty cell as one day', () => {
    expect(parseDuration('0d').value).toBe(0);
    expect(parseDuration(null)).toEqual({ value: 1, problem: null });
  });

  it('refuses words it cannot read, assuming one day', () => {
    expect(parseDuration('about a week')).toEqual({ value: null, problem: { severity: 'warning', code: 'bad-duration', assumed: '1' } });
  });

  it('caps absurd durations at ten years of working days', () => {
    expect(parseDuration('99999').problem?.code).toBe('duration-too-long');
  });
});
