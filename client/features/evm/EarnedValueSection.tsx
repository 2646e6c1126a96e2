// Earned value in the cost centre: PV/EV/AC curves and today's figures with their formulas in plain
// words; without a baseline it says how to save one. Everything it shows comes from evm-view.ts.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { BudgetLine, CostEntry } from '../../../shared/domain/finance';
import type { ProjectId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import { fen } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import type { Baseline, Task } from '../../../shared/schema';
import { formatRoute } from '../../app/routes';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { plainTable, type PlainCell } from '../../../shared/domain/export/plain-table';
import { Chart } from '../../ui/chart/Chart';
import { MoneyChartExport } from '../costs/MoneyChartExport';
import { TableExport } from '../costs/TableExport';
import { chartXToDay } from '../../ui/chart/chart-data';
import { evmChartSeries } from './evm-chart';
import { evmFigureRows, formatRatio, isUnfavourable, type EvmValue } from './evm-figures';
import { chooseBaseline, evmView } from './evm-view';

export interface EarnedValueProps {
  readonly projectId: ProjectId;
  readonly baselines: readonly Baseline[];
  readonly tasks: readonly Task[];
  readonly budgetLines: readonly BudgetLine[];
  readonly costs: readonly CostEntry[];
  readonly calendar: WorkingCalendar;
  readonly today: IsoDay;
}

export function EarnedValueSection(props: EarnedValueProps) {
  const { t, language, formatDay } = useI18n();
  const workspace = useWorkspace();
  const [chosen, setChosen] = createSignal<string | null>(null);
  const baseline = createMemo(() => chooseBaseline(props.baselines, chosen()));
  const view = createMemo(() => evmView({ baseline: baseline(), tasks: props.tasks, budgetLines: props.budgetLines, costs: props.costs, calendar: props.calendar, today: props.today }));
  const money = (amount: number): string => formatFen(fen(Math.round(amount)), language());
  const chartSeries = (ready: { readonly curve: Parameters<typeof evmChartSeries>[0] }) => evmChartSeries(ready.curve, props.today, { pv: t('evm.chart.pv'), ev: t('evm.chart.ev'), ac: t('evm.chart.ac') });
  const valueText = (value: EvmValue): string => (value.kind === 'money' ? money(value.amount) : value.kind === 'ratio' ? formatRatio(value.value) : t('evm.none'));
  return (
    <section class="finance-section" aria-labelledby="evm-title">
      <div class="finance-section__head">
        <h2 id="evm-title">{t('evm.title')}</h2>
        <Show when={props.baselines.length > 1}>
          <label>
            {t('evm.baseline')}
            <select class="input" value={baseline()?.id ?? ''} onChange={(event) => setChosen(event.currentTarget.value)}>
              <For each={props.baselines}>{(one) => <option value={one.id}>{one.name}</option>}</For>
            </select>
          </label>
        </Show>
      </div>
      <Show when={view().kind === 'no-baseline'}>
        <p role="status" data-testid="evm-no-baseline">
          {t('evm.noBaseline')} <a href={formatRoute({ kind: 'gantt', workspaceId: workspace.workspaceId, projectId: props.projectId })}>{t('evm.openGantt')}</a>
        </p>
      </Show>
      <Show when={view().kind === 'no-budget'}><p role="status" data-testid="evm-no-budget">{t('evm.noBudget')}</p></Show>
      <Show when={(() => { const current = view(); return current.kind === 'ready' ? current : null; })()} keyed>
        {(ready) => (
          <>
            <Chart
              label={t('evm.chart.title')}
              series={chartSeries(ready)}
              formatX={(x) => formatDay(chartXToDay(x))} formatY={money}
            />
            <MoneyChartExport series={chartSeries(ready)} title={t('evm.chart.title')} />
            <p>{t('evm.asOf', { day: formatDay(props.today) })} {t('evm.evToday')}</p>
            <Show when={ready.unspreadBudget !== 0}><p>{t('evm.unspread', { amount: money(ready.unspreadBudget) })}</p></Show>
            <div class="finance-table-wrap" tabindex="0" role="region" aria-label={t('evm.title')}>
              <table class="finance-table" data-testid="evm-table">
                <thead>
                  <tr>
                    <th scope="col">{t('evm.figure')}</th>
                    <th scope="col" class="money">{t('evm.value')}</th>
                    <th scope="col">{t('evm.formula')}</th>
                    <th scope="col">{t('evm.meaning')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={evmFigureRows(ready.today)}>
                    {(row) => (
                      <tr data-testid={`evm-${row.figure}`}>
                        <th scope="row">{row.figure.toUpperCase()}</th>
                        <td class="money" data-testid="evm-value">
                          {valueText(row.value)}
                          <Show when={isUnfavourable(row)}> <span class="finance-warning">⚠ {t('evm.unfavourable')}</span></Show>
                        </td>
                        <td>{row.formula}</td>
                        <td>{t(row.textKey)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <TableExport label={t('evm.export')} fileName={t('evm.title')} table={() => plainTable(
              [t('evm.figure'), t('evm.value'), t('evm.formula'), t('evm.meaning')],
              evmFigureRows(ready.today).map((row) => [row.figure.toUpperCase(), exportedValue(row.value), row.formula, t(row.textKey)]),
            )} />
          </>
        )}
      </Show>
    </section>
  );
}

/** Money in yuan and ratios as numbers, so a spreadsheet computes with them; nothing where none is known yet. */
function exportedValue(value: EvmValue): PlainCell {
  return value.kind === 'money' ? value.amount / 100 : value.kind === 'ratio' ? value.value : null;
}
