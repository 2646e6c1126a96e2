import { describe, expect, it } from 'vitest';
import { fen } from './money';
import { formatFen } from './money-format';

describe('formatFen', () => {
  it('shows yuan with thousands grouping and two decimals in both languages', () => {
    expect(formatFen(fen(123_450), 'zh-CN')).toBe('¥1,234.50');
    expect(formatFen(fen(123_450), 'en')).toBe('¥1,234.50');
    expect(formatFen(fen(5), 'en')).toBe('¥0.05');
    expect(formatFen(fen(0), 'zh-CN')).toBe('¥0.00');
    expect(formatFen(fen(100_000_000), 'en')).toBe('¥1,000,000.00');
  });

  it('puts the minus sign before the ¥', () => {
    expect(formatFen(fen(-123_450), 'en')).toBe('-¥1,234.50');
    expect(formatFen(fen(-1), 'zh-CN')).toBe('-¥0.01');
  });

  it('prints the largest safe amount exactly, and can leave out the sign for table cells', () => {
    expect(formatFen(fen(Number.MAX_SAFE_INTEGER), 'en')).toBe('¥90,071,992,547,409.91');
    expect(formatFen(fen(99_900), 'zh-CN', { symbol: false })).toBe('999.00');
  });
});
