// One health chart: its heading, the uPlot chart (with legend and the values at the cursor), an
// optional note, and the newest value of every line as a table, which is what screen readers, print
// and tests read, and every day's figures exported as .csv or .xlsx (chart-export.ts). "No data yet"
// comes from the chart itself when no line has a point.
import { For, Show, createMemo, type JSX } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { Chart } from '../../ui/chart/Chart';
import { chartXToDay, hasChartData, type ChartSeries } from '../../ui/chart/chart-data';
import { TableExport } from '../costs/TableExport';
import { chartExportTable } from './chart-export';
import { formatFigure, type FigureFormat } from './health-format';
import { latestValues } from './health-series';

/** What each kind of figure's axis always shows: counts from 0, percents 0–100, scores 1–5, money with 0. */
const Y_INCLUDE: Readonly<Record<FigureFormat, readonly [number, number]>> = {
  count: [0, 1],
  percent: [0, 100],
  rate: [0, 1],
  score: [1, 5],
  ratio: [0, 1],
  money: [0, 0],
};

export function HealthChartSection(props: { id: string; title: string; series: readonly ChartSeries[]; format: FigureFormat; xRange: readonly [number, number]; children?: JSX.Element }) {
  const { t, language, formatDay } = useI18n();
  const latest = createMemo(() => latestValues(props.series));
  const format = (y: number): string => formatFigure(y, props.format, language());
  return (
    <section class="health-card" aria-labelledby={`health-${props.id}-title`} data-testid={`health-${props.id}`}>
      <h2 id={`health-${props.id}-title`}>{props.title}</h2>
      <Chart label={props.title} series={props.series} formatX={(x) => formatDay(chartXToDay(x))} formatY={format} height={200} xRange={props.xRange} yInclude={Y_INCLUDE[props.format]} yWholeNumbers={props.format === 'count'} />
      {props.children}
      <table class="health-table" data-testid={`health-${props.id}-latest`}>
        <caption class="visually-hidden">{`${props.title}: ${t('health.latest')}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t('health.latest.figure')}</th>
            <th scope="col" class="health-table__number">{t('health.latest.value')}</th>
            <th scope="col">{t('health.latest.day')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={latest()}>
            {(row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td class="health-table__number" data-testid="health-value">{row.value === null ? t('health.noValue') : format(row.value)}</td>
                <td>{row.x === null ? t('health.noValue') : formatDay(chartXToDay(row.x))}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={hasChartData(props.series)}>
        <TableExport table={() => chartExportTable(props.series, props.format, t('health.latest.day'))} fileName={props.id} label={t('health.export', { title: props.title })} />
      </Show>
    </section>
  );
}
