// The figures behind a money chart (cost vs budget, cash balance, earned value) as .csv / .xlsx: a row
// per day as a date and a column per line in yuan (health/chart-export.ts); no export while the chart
// has nothing to draw.
import { Show } from 'solid-js';
import { useI18n } from '../../i18n/I18nProvider';
import { hasChartData, type ChartSeries } from '../../ui/chart/chart-data';
import { chartExportTable } from '../health/chart-export';
import { TableExport } from './TableExport';

export function MoneyChartExport(props: { series: readonly ChartSeries[]; title: string }) {
  const { t } = useI18n();
  return (
    <Show when={hasChartData(props.series)}>
      <TableExport label={t('costs.export.chartOf', { title: props.title })} fileName={props.title} table={() => chartExportTable(props.series, 'money', t('costs.export.day'))} />
    </Show>
  );
}
