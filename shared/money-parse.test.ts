import { describe, expect, it } from 'vitest';
import { formatFen } from './money-format';
import { parseMoney } from './money-parse';
import { fen } from './money';

describe('parseMoney', () => {
  it.each([
    ['1234.5', 123_450],
    ['1,234.50', 123_450],
    ['¥1234', 123_400],
    ['￥1 234', 123_400],
    ['1.2万', 1_200_000],
    ['3千', 300_000],
    ['0.5亿', 5_000_000_000],
    ['1.23456万', 1_234_560],
    ['  -50元 ', -5_000],
    ['-¥12.3', -1_230],
    ['¥-12.3', -1_230],
    ['.5', 50],
    ['１２３４．５', 123_450],
    ['1 234 567.89', 123_456_789],
    ['0', 0],
  ])('reads %s as %i fen', (text, expected) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['12.3.4', 'not-a-number'],
    ['1-2', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['¥', 'not-a-number'],
    ['万', 'not-a-number'],
    ['5%', 'not-a-number'],
    ['1,23,456', 'bad-grouping'],
    ['1234,567', 'bad-grouping'],
    ['1,234 567', 'bad-grouping'],
    ['1.234', 'too-many-decimals'],
    ['1.2345678万', 'too-many-decimals'],
    ['99999999999999999', 'too-large'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason });
  });

  it('reads back what formatFen printed', () => {
    for (const amount of [0, 1, -1, 123_450, -99_999_999, Number.MAX_SAFE_INTEGER]) {
      for (const locale of ['en', 'zh-CN'] as const) {
        expect(parseMoney(formatFen(fen(amount), locale))).toEqual({ ok: true, value: amount });
      }
    }
  });
});
