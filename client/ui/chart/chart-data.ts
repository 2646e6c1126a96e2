// The chart's view model, free of the DOM and of uPlot: series of (x, y) points become uPlot's aligned
// columns (one sorted x column, one y column per series, null where a series has no point at that x),
// and each series gets a colour from a palette that stays readable on white and for common colour blindness.
import { fromDayNumber, toDayNumber } from '../../../shared/domain/calendar/day-number';
import type { IsoDay } from '../../../shared/iso-day';

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface ChartSeries {
  readonly label: string;
  readonly points: readonly ChartPoint[];
  /** '#rrggbb'; by default the palette colour for the series' position. */
  readonly colour?: string;
  /** Dashed line, e.g. for a forecast or a plan next to actual figures. */
  readonly dashed?: boolean;
}

/** uPlot's data layout: the x column, then one column per series. */
export type AlignedData = [number[], ...(number | null)[][]];

/**
 * Contrast at least 4.5:1 on white for every colour, and neighbours that differ in lightness as well
 * as hue (blue, orange, green, purple, red, teal), so two lines never read as one.
 */
export const CHART_PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#b91c1c', '#0f766e'] as const;

export function seriesColour(series: ChartSeries, index: number): string {
  return series.colour ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? CHART_PALETTE[0];
}

/** Whether there is anything to draw: at least one point with a finite value. */
export function hasChartData(series: readonly ChartSeries[]): boolean {
  return series.some((one) => one.points.some((point) => Number.isFinite(point.x) && Number.isFinite(point.y)));
}

/** Points with a non-finite x or y are dropped; two points of one series at one x: the later one wins. */
export function alignSeries(series: readonly ChartSeries[]): AlignedData {
  const xs = new Set<number>();
  for (const one of series) for (const point of one.points) if (isDrawable(point)) xs.add(point.x);
  const sortedXs = [...xs].sort((a, b) => a - b);
  const column = new Map(sortedXs.map((x, index) => [x, index]));
  const ys = series.map((one) => {
    const values: (number | null)[] = sortedXs.map(() => null);
    for (const point of one.points) {
      const index = column.get(point.x);
      if (index !== undefined && isDrawable(point)) values[index] = point.y;
    }
    return values;
  });
  return [sortedXs, ...ys];
}

/** Calendar days as x values: whole days since 1970-01-01, so the axis never shifts with a time zone. */
export function dayToChartX(day: IsoDay): number {
  return toDayNumber(day);
}

export function chartXToDay(x: number): IsoDay {
  return fromDayNumber(Math.round(x));
}

function isDrawable(point: ChartPoint): boolean {
  return Number.isFinite(point.x) && Number.isFinite(point.y);
}
