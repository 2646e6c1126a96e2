import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../../shared/iso-day';
import { alignSeries, CHART_PALETTE, chartXToDay, dayToChartX, hasChartData, seriesColour } from './chart-data';

describe('alignSeries', () => {
  it('puts every series on one sorted x column, with null where a series has no point', () => {
    const data = alignSeries([
      { label: 'budget', points: [{ x: 3, y: 30 }, { x: 1, y: 10 }] },
      { label: 'actual', points: [{ x: 2, y: 5 }, { x: 3, y: 7 }] },
    ]);
    expect(data).toEqual([[1, 2, 3], [10, null, 30], [null, 5, 7]]);
  });

  it('drops points that cannot be drawn and lets the later of two points at one x win', () => {
    const data = alignSeries([{ label: 'a', points: [{ x: 1, y: Number.NaN }, { x: Number.POSITIVE_INFINITY, y: 1 }, { x: 2, y: 4 }, { x: 2, y: 6 }] }]);
    expect(data).toEqual([[2], [6]]);
  });

  it('gives no series an empty x column', () => {
    expect(alignSeries([])).toEqual([[]]);
  });
});

describe('hasChartData', () => {
  it('is false for no series, empty series and series of undrawable points only', () => {
    expect(hasChartData([])).toBe(false);
    expect(hasChartData([{ label: 'a', points: [] }])).toBe(false);
    expect(hasChartData([{ label: 'a', points: [{ x: 1, y: Number.NaN }] }])).toBe(false);
  });

  it('is true once any series has a drawable point', () => {
    expect(hasChartData([{ label: 'a', points: [] }, { label: 'b', points: [{ x: 0, y: 0 }] }])).toBe(true);
  });
});

describe('series colours', () => {
  it('follow the palette by position unless a series names its own', () => {
    expect(seriesColour({ label: 'a', points: [] }, 1)).toBe(CHART_PALETTE[1]);
    expect(seriesColour({ label: 'a', points: [] }, CHART_PALETTE.length)).toBe(CHART_PALETTE[0]);
    expect(seriesColour({ label: 'a', points: [], colour: '#123456' }, 0)).toBe('#123456');
  });

  it('each have a contrast of at least 4.5:1 against white', () => {
    for (const colour of CHART_PALETTE) expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('days as x values', () => {
  it('are whole days since 1970-01-01 and convert back to the same day', () => {
    expect(dayToChartX('1970-01-02' as IsoDay)).toBe(1);
    expect(chartXToDay(dayToChartX('2026-02-28' as IsoDay) + 1)).toBe('2026-03-01');
  });
});

// WCAG relative luminance.
function contrastOnWhite(hex: string): number {
  const channel = (offset: number): number => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}
