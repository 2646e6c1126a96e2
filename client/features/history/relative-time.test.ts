import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);
const MINUTE = 60_000;

describe('relativeTime', () => {
  it('says "now" for the last few seconds, and for a clock slightly ahead', () => {
    expect(relativeTime(NOW - 10_000, NOW)).toEqual({ value: 0, unit: 'second' });
    expect(relativeTime(NOW + 5_000, NOW)).toEqual({ value: 0, unit: 'second' });
  });

  it('picks the largest unit that still reads naturally', () => {
    expect(relativeTime(NOW - 50_000, NOW)).toEqual({ value: -1, unit: 'minute' });
    expect(relativeTime(NOW - 5 * MINUTE, NOW)).toEqual({ value: -5, unit: 'minute' });
    expect(relativeTime(NOW - 3 * 60 * MINUTE, NOW)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeTime(NOW - 2 * 24 * 60 * MINUTE, NOW)).toEqual({ value: -2, unit: 'day' });
    expect(relativeTime(NOW - 14 * 24 * 60 * MINUTE, NOW)).toEqual({ value: -2, unit: 'week' });
    expect(relativeTime(NOW - 90 * 24 * 60 * MINUTE, NOW)).toEqual({ value: -3, unit: 'month' });
    expect(relativeTime(NOW - 800 * 24 * 60 * MINUTE, NOW)).toEqual({ value: -2, unit: 'year' });
  });

  it('formats per locale through Intl', () => {
    const { value, unit } = relativeTime(NOW - 5 * MINUTE, NOW);
    expect(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit)).toBe('5 minutes ago');
    expect(new Intl.RelativeTimeFormat('zh-CN', { numeric: 'auto' }).format(value, unit)).toBe('5分钟前');
  });
});
