import { describe, expect, it } from 'vitest';
import { formatFigure } from './health-format';

describe('formatFigure', () => {
  it('writes counts, percents, rates, scores, ratios and money', () => {
    expect(formatFigure(1234, 'count', 'en')).toBe('1,234');
    expect(formatFigure(33.3, 'percent', 'en')).toBe('33.3%');
    expect(formatFigure(0.6667, 'rate', 'en')).toBe('66.7%');
    expect(formatFigure(4, 'score', 'zh-CN')).toBe('4.0');
    expect(formatFigure(0.125, 'ratio', 'en')).toBe('0.13');
    expect(formatFigure(-123_450, 'money', 'en')).toBe('-¥1,234.50');
  });
});
