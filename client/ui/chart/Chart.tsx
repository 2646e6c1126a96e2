// A small line chart over uPlot, loaded on demand so the charting code never lands in the first bundle.
//
// Props:
// - `label`: the chart's accessible name (it is announced as one image with this name).
// - `series`: lines to draw, each `{ label, points: { x, y }[], colour?, dashed? }` (see chart-data.ts).
// - `formatX`, `formatY`: how axis ticks and the legend's cursor values read (e.g. a day and ¥1,234.50).
//   Money stays integer fen in `y`; `formatY` turns it into text, so no float ever reaches a total.
// - `xRange`: optional [min, max] of the x axis (e.g. the days of a chosen period); without it uPlot
//   fits the data, which for a single point spans decades.
// - `yInclude`: optional [low, high] the y axis always covers besides the data (e.g. [0, 100] for
//   percents): without it a line of zeros gets an axis up to 100, which reads as a hundred.
// - `yWholeNumbers`: y ticks only at whole numbers (counts of tasks, people).
// - `height`: plot height in px (default 220). The width follows the container (ResizeObserver), so
//   it reads on a 360 px phone. With no drawable point the chart shows "No data yet" instead.
// The legend under the plot names every series and shows its value at the cursor, and a tooltip
// beside the cursor says the same (cursor-tooltip.ts); a finger dragged over the plot moves the cursor.
import { createEffect, createSignal, onCleanup, onMount, Show } from 'solid-js';
import type uPlot from 'uplot';
import { useI18n } from '../../i18n/I18nProvider';
import { alignSeries, hasChartData, seriesColour, type ChartSeries } from './chart-data';
import { cursorTooltip } from './cursor-tooltip';
import './chart.css';

export interface ChartProps {
  readonly label: string;
  readonly series: readonly ChartSeries[];
  readonly formatX: (x: number) => string;
  readonly formatY: (y: number) => string;
  readonly height?: number;
  readonly xRange?: readonly [number, number];
  readonly yInclude?: readonly [number, number];
  readonly yWholeNumbers?: boolean;
}

const DEFAULT_HEIGHT_PX = 220;
/** Axis labels narrower than this overlap on a phone; uPlot then picks fewer ticks. */
const Y_AXIS_SIZE_PX = 76;
/** Least room between x ticks: a day label ("Nov 13, 2026") is about 85 px wide. */
const X_LABEL_SPACE_PX = 90;
/** Tick steps for counts: 1, 2, 5, 10, 20, 50, … */
const WHOLE_NUMBER_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];
/** About half the widest day label ("Dec 31, 2026"). */
const X_LABEL_OVERHANG_PX = 36;

export function Chart(props: ChartProps) {
  const { t } = useI18n();
  const [library, setLibrary] = createSignal<typeof uPlot | null>(null);
  const [failed, setFailed] = createSignal(false);
  const empty = (): boolean => !hasChartData(props.series);
  const height = (): number => props.height ?? DEFAULT_HEIGHT_PX;
  let host: HTMLDivElement | undefined;
  let plot: uPlot | undefined;
  let shape = '';

  const build = (UPlot: typeof uPlot, target: HTMLDivElement): uPlot => {
    const options: uPlot.Options = {
      width: widthOf(target),
      height: height(),
      scales: {
        x: { time: false, ...(props.xRange === undefined ? {} : { range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [props.xRange?.[0] ?? min, props.xRange?.[1] ?? max] }) },
        ...(props.yInclude === undefined ? {} : { y: { range: (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => includeRange(min, max, props.yInclude) } }),
      },
      // room on the right for the last x label, which uPlot centres on its tick and would clip
      padding: [12, X_LABEL_OVERHANG_PX, 0, 0],
      legend: { live: true },
      plugins: [cursorTooltip({ formatX: (x) => props.formatX(x), formatY: (y) => props.formatY(y) })],
      cursor: { points: { size: 8 }, drag: { x: false, y: false } },
      axes: [
        { values: (_u, splits) => splits.map((x) => props.formatX(x)), space: X_LABEL_SPACE_PX },
        { values: (_u, splits) => splits.map((y) => props.formatY(y)), size: Y_AXIS_SIZE_PX, space: 40, ...(props.yWholeNumbers === true ? { incrs: WHOLE_NUMBER_STEPS } : {}) },
      ],
      series: [
        // uPlot hands null for "no cursor" although its type says number.
        { label: '', value: (_u, x: number | null) => (x === null ? '' : props.formatX(x)) },
        ...props.series.map((one, index) => ({
          label: one.label,
          stroke: seriesColour(one, index),
          width: 2,
          ...(one.dashed === true ? { dash: [6, 4] } : {}),
          spanGaps: true,
          value: (_u: uPlot, y: number | null) => (y === null ? '–' : props.formatY(y)),
        })),
      ],
    };
    return new UPlot(options, toUPlotData(props.series), target);
  };

  onMount(() => {
    let disposed = false;
    onCleanup(() => {
      disposed = true;
    });
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')])
      .then(([module]) => {
        if (!disposed) setLibrary(() => module.default);
      })
      .catch(() => {
        if (!disposed) setFailed(true);
      });
    // Resized in the next frame, not inside the callback: a size change made while the observer is
    // delivering would fire the browser's "ResizeObserver loop" error, which the app reports as a crash.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (plot !== undefined && host !== undefined) plot.setSize({ width: widthOf(host), height: height() });
      });
    });
    if (host !== undefined) observer.observe(host);
    onCleanup(() => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    });
  });

  // Same series names, colours and dashes: only new data; otherwise rebuild (uPlot fixes series at creation).
  createEffect(() => {
    const UPlot = library();
    if (UPlot === null || host === undefined) return;
    if (empty()) {
      plot?.destroy();
      plot = undefined;
      shape = '';
      return;
    }
    const nextShape = JSON.stringify([height(), props.xRange ?? null, props.yInclude ?? null, props.yWholeNumbers === true, props.series.map((one, index) => [one.label, seriesColour(one, index), one.dashed === true])]);
    if (plot === undefined || nextShape !== shape) {
      plot?.destroy();
      plot = build(UPlot, host);
    } else {
      plot.setData(toUPlotData(props.series));
    }
    shape = nextShape;
  });

  onCleanup(() => plot?.destroy());

  return (
    <figure class="chart" role="img" aria-label={props.label}>
      <Show when={failed()}>
        <p class="chart__message">{t('chart.loadFailed')}</p>
      </Show>
      <Show when={!failed() && empty()}>
        <p class="chart__message chart__message--empty" data-testid="chart-empty">{t('chart.noData')}</p>
      </Show>
      <Show when={!failed() && library() === null && !empty()}>
        <p class="chart__message">{t('chart.loading')}</p>
      </Show>
      <div class="chart__plot" ref={host} hidden={empty()} />
    </figure>
  );
}

/** The data's range widened to cover `include`; uPlot hands null for a scale without data. */
function includeRange(min: number | null, max: number | null, include: readonly [number, number] | undefined): uPlot.Range.MinMax {
  const [low, high] = include ?? [min ?? 0, max ?? 1];
  const from = Math.min(min ?? low, low);
  const to = Math.max(max ?? high, high);
  return [from, to > from ? to : from + 1];
}

/** uPlot wants at least some width even before layout; a hidden container reports 0. */
function widthOf(element: HTMLElement): number {
  return Math.max(200, element.clientWidth);
}

function toUPlotData(series: readonly ChartSeries[]): uPlot.AlignedData {
  return alignSeries(series) satisfies uPlot.AlignedData;
}
