import { describe, expect, it } from 'vitest';
import { MAX_LAG_DAYS } from '../../../shared/schema/limits';
import { parseLag } from './link-edit';

describe('parseLag', () => {
  it('reads whole working days, positive, negative (a lead) and zero', () => {
    expect(parseLag('3')).toEqual({ ok: true, value: 3 });
    expect(parseLag(' -2 ')).toEqual({ ok: true, value: -2 });
    expect(parseLag('+4')).toEqual({ ok: true, value: 4 });
    expect(parseLag('-0')).toEqual({ ok: true, value: 0 });
  });

  it('takes the minus signs a Chinese IME or a word processor types', () => {
    expect(parseLag('−5')).toEqual({ ok: true, value: -5 });
    expect(parseLag('－1')).toEqual({ ok: true, value: -1 });
  });

  it('refuses fractions, words and blanks as not whole', () => {
    for (const typed of ['1.5', 'two', '', ' ', '1e2', '--1', '3d']) expect(parseLag(typed)).toEqual({ ok: false, reason: 'lag-not-whole' });
  });

  it('refuses a lag beyond the schema limit either way', () => {
    expect(parseLag(String(MAX_LAG_DAYS))).toEqual({ ok: true, value: MAX_LAG_DAYS });
    expect(parseLag(String(MAX_LAG_DAYS + 1))).toEqual({ ok: false, reason: 'lag-too-large' });
    expect(parseLag(String(-MAX_LAG_DAYS - 1))).toEqual({ ok: false, reason: 'lag-too-large' });
  });
});
