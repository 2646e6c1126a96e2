// What each worker earned, what is signed, paid and still owed, with totals: tabular numerals so the
// columns of money line up.
import { For } from 'solid-js';
import type { Worker, WorkerBalances } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import { useI18n } from '../../i18n/I18nProvider';

export function WorkerSummaryTable(props: { balances: WorkerBalances; workers: readonly Worker[] }) {
  const { t, language } = useI18n();
  const money = (amount: Parameters<typeof formatFen>[0]): string => formatFen(amount, language());
  const workerOf = (id: string): Worker | undefined => props.workers.find((worker) => worker.id === id);
  return (
    <table class="labour-summary">
      <caption>{t('labour.summary')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('labour.worker')}</th>
          <th scope="col">{t('labour.team')}</th>
          <th scope="col" class="money">{t('labour.signedAmount')}</th>
          <th scope="col" class="money">{t('labour.pendingAmount')}</th>
          <th scope="col" class="money">{t('labour.paid')}</th>
          <th scope="col" class="money">{t('labour.owed')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.balances.workers}>
          {(row) => (
            <tr>
              <th scope="row">{workerOf(row.workerId)?.name ?? t('labour.unknownWorker')}</th>
              <td>{workerOf(row.workerId)?.team ?? ''}</td>
              <td class="money">{money(row.signedAmount)}</td>
              <td class="money">{money(row.pendingAmount)}</td>
              <td class="money">{money(row.paid)}</td>
              <td class="money">{money(row.owed)}</td>
            </tr>
          )}
        </For>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('labour.total')}</th>
          <td />
          <td class="money">{money(props.balances.total.signedAmount)}</td>
          <td class="money">{money(props.balances.total.pendingAmount)}</td>
          <td class="money">{money(props.balances.total.paid)}</td>
          <td class="money">{money(props.balances.total.owed)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
