// The project's funds centre (资金数据中心): cash position (received, paid, balance, receivables and
// payables outstanding), the balance and forecast chart, entry of receipts and payments, and the list
// with "mark paid" (asking for the paid date), edit and delete (after a confirm). Only roles with finance access open the finance
// room; others are told why.
import { For, Show, createEffect, createMemo, createSignal } from 'solid-js';
import { cashBalanceSeries, cashForecast, fundsPosition, type FundEntry } from '../../../shared/domain/finance';
import type { ProjectId } from '../../../shared/ids';
import { fen, type Fen } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import { deleteFund } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { Chart } from '../../ui/chart/Chart';
import { chartXToDay } from '../../ui/chart/chart-data';
import { UndoButtons } from '../../ui/UndoButtons';
import { MoneyChartExport } from '../costs/MoneyChartExport';
import { TableExport } from '../costs/TableExport';
import { createFinanceRoom, todayIso } from '../costs/create-finance-room';
import { FinancePageFrame } from '../costs/FinancePageFrame';
import { NewerDocumentBanner } from '../costs/NewerDocumentBanner';
import { cashChartSeries } from './cash-chart';
import { FundEntryForm } from './FundEntryForm';
import { MarkPaidForm } from './MarkPaidForm';
import { fundsExportTable, positionExportTable, sortFundEntries } from './fund-tables';

export default function FundsPage(props: { projectId: ProjectId }) {
  return (
    <FinancePageFrame projectId={props.projectId} title="funds.title" noAccess="funds.noAccess">
      <FundsCentre projectId={props.projectId} />
    </FinancePageFrame>
  );
}

function FundsCentre(props: { projectId: ProjectId }) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const { room, finance, canEdit, newerThanApp, undo } = createFinanceRoom(props.projectId);
  const today = todayIso();
  const [editing, setEditing] = createSignal<FundEntry | null>(null);
  const [paying, setPaying] = createSignal<FundEntry['id'] | null>(null);
  /** The entry as it was when its mark-paid form opened, to name it if it is deleted meanwhile. */
  let payingEntry: FundEntry | undefined;
  const editingGone = createMemo(() => {
    const entry = editing();
    return entry !== null && !finance().fundEntries.some((one) => one.id === entry.id);
  });
  // the entry being marked paid was deleted on another device: its row (and the form in it) is gone, so say why
  createEffect(() => {
    const id = paying();
    const entry = id === null ? undefined : payingEntry;
    if (entry === undefined || finance().fundEntries.some((one) => one.id === entry.id)) return;
    setPaying(null);
    session.notices.show(t('funds.paid.gone', { name: entryName(entry) }), 'error');
  });
  const position = createMemo(() => fundsPosition(finance().fundEntries, today));
  const series = createMemo(() => cashChartSeries(cashBalanceSeries(finance().fundEntries), cashForecast(finance().fundEntries, today), today, { balance: t('funds.chart.balance'), forecast: t('funds.chart.forecast') }));
  const entries = createMemo(() => sortFundEntries(finance().fundEntries));
  const money = (amount: Fen): string => formatFen(amount, language());
  const entryName = (entry: FundEntry): string => (entry.counterparty === '' ? money(entry.amount) : entry.counterparty);
  const remove = (entry: FundEntry): void => {
    if (!window.confirm(t('funds.list.deleteConfirm', { amount: money(entry.amount) }))) return;
    undo.separate();
    if (session.report(deleteFund(room.doc, entry.id, session.origin)) && editing()?.id === entry.id) setEditing(null);
  };
  const direction = (entry: FundEntry): string => t(`funds.direction.${entry.direction}`);
  const status = (entry: FundEntry): string => t(`funds.status.${entry.status}`);
  const table = () => fundsExportTable(entries(), {
    headers: [t('funds.entry.direction'), t('funds.entry.status'), t('funds.entry.amount'), t('funds.entry.due'), t('funds.entry.paid'), t('funds.entry.counterparty'), t('funds.entry.note')],
    direction, status,
  });
  const figure = (label: string, amount: Fen, testId: string) => (
    <div>
      <dt>{label}</dt>
      <dd class="money" data-testid={testId}>{money(amount)}</dd>
    </div>
  );
  return (
    <>
      <NewerDocumentBanner when={newerThanApp()} />
      <Show when={canEdit()}><UndoButtons undo={undo} /></Show>
      <section class="finance-section" aria-labelledby="funds-position-title">
        <h2 id="funds-position-title">{t('funds.position.title')}</h2>
        <dl class="finance-summary">
          {figure(t('funds.position.balance'), position().cashBalance, 'cash-balance')}
          {figure(t('funds.position.received'), position().received, 'received')}
          {figure(t('funds.position.paid'), position().paid, 'paid')}
          {figure(`${t('funds.position.receivables')} (${t('funds.position.overdue')} ${money(position().overdueReceivables)})`, position().receivables, 'receivables')}
          {figure(`${t('funds.position.payables')} (${t('funds.position.overdue')} ${money(position().overduePayables)})`, position().payables, 'payables')}
        </dl>
        <TableExport label={t('funds.position.export')} fileName={t('funds.position.title')} table={() => positionExportTable(position(), {
          figure: t('funds.position.figure'), amount: t('funds.entry.amount'), balance: t('funds.position.balance'), received: t('funds.position.received'),
          paid: t('funds.position.paid'), receivables: t('funds.position.receivables'), overdueReceivables: `${t('funds.position.receivables')}: ${t('funds.position.overdue')}`,
          payables: t('funds.position.payables'), overduePayables: `${t('funds.position.payables')}: ${t('funds.position.overdue')}`,
        })} />
      </section>
      <section class="finance-section" aria-labelledby="cash-chart-title">
        <h2 id="cash-chart-title">{t('funds.chart.title')}</h2>
        <Chart label={t('funds.chart.title')} series={series()} formatX={(x) => formatDay(chartXToDay(x))} formatY={(y) => money(fen(Math.round(y)))} />
        <MoneyChartExport series={series()} title={t('funds.chart.title')} />
      </section>
      <Show when={canEdit()}>
        <Show when={editing()} keyed fallback={<FundEntryForm doc={room.doc} today={today} />}>
          {(entry) => <FundEntryForm doc={room.doc} today={today} editing={entry} gone={editingGone()} onDone={() => setEditing(null)} />}
        </Show>
      </Show>
      <section class="finance-section" aria-labelledby="fund-list-title">
        <div class="finance-section__head">
          <h2 id="fund-list-title">{t('funds.list.title')}</h2>
          <TableExport label={t('funds.list.title')} fileName={t('funds.export.file')} table={table} />
        </div>
        <Show when={entries().length > 0} fallback={<p>{t('funds.list.empty')}</p>}>
          <div class="finance-table-wrap">
            <table class="finance-table" data-testid="fund-table">
              <thead>
                <tr>
                  <th scope="col">{t('funds.entry.direction')}</th>
                  <th scope="col">{t('funds.entry.status')}</th>
                  <th scope="col" class="money">{t('funds.entry.amount')}</th>
                  <th scope="col">{t('funds.entry.due')}</th>
                  <th scope="col">{t('funds.entry.paid')}</th>
                  <th scope="col">{t('funds.entry.counterparty')}</th>
                  <th scope="col"><span class="visually-hidden">{t('funds.list.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                <For each={entries()}>
                  {(entry) => (
                    <tr>
                      <td>{direction(entry)}</td>
                      <td>
                        {status(entry)}
                        <Show when={entry.status === 'planned' && entry.dueDay !== null && entry.dueDay < today}> · <span class="finance-warning">{t('funds.list.overdue')}</span></Show>
                      </td>
                      <td class="money">{money(entry.amount)}</td>
                      <td>{entry.dueDay === null ? '–' : formatDay(entry.dueDay)}</td>
                      <td>{entry.paidDay === null ? '–' : <time datetime={entry.paidDay}>{formatDay(entry.paidDay)}</time>}</td>
                      <td>{entry.counterparty}</td>
                      <td class="finance-actions">
                        <Show when={canEdit() && entry.status === 'planned'}>
                          <Show
                            when={paying() === entry.id}
                            fallback={<button type="button" class="button button--small" aria-label={t('funds.list.markPaidOne', { name: entryName(entry) })} onClick={() => { payingEntry = entry; setPaying(entry.id); }}>{t('funds.list.markPaid')}</button>}
                          >
                            <MarkPaidForm doc={room.doc} entry={entry} name={entryName(entry)} today={today} onDone={() => setPaying(null)} />
                          </Show>
                        </Show>
                        <Show when={canEdit()}>
                          <button type="button" class="button button--small" aria-label={t('funds.list.editOne', { name: entryName(entry) })} onClick={() => setEditing(entry)}>{t('funds.list.edit')}</button>
                          {/* a native confirm: works with keyboard and screen readers, and undo can still take a delete back */}
                          <button type="button" class="button button--small" aria-label={t('funds.list.deleteOne', { name: entryName(entry) })} onClick={() => remove(entry)}>{t('funds.list.delete')}</button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </section>
    </>
  );
}
