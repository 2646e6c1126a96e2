// The worker roster as a table (the workspace's workers: every project's labour uses them), with the
// default day rate each new record proposes, and its export as .csv / .xlsx. Folded by default: the
// labour page is about the day's records.
import { For, Show } from 'solid-js';
import type { Worker } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import { useI18n } from '../../i18n/I18nProvider';
import { TableExport } from '../costs/TableExport';
import { workerRosterTable } from './worker-roster-export';

export function WorkerRoster(props: { workers: readonly Worker[] }) {
  const { t, language } = useI18n();
  const headers = () => [t('labour.worker'), t('labour.team'), t('labour.trade'), t('labour.roster.dayRate'), t('labour.roster.phone'), t('labour.roster.state')] as const;
  return (
    <Show when={props.workers.length > 0}>
      <details class="labour-roster" data-testid="worker-roster">
        <summary>{t('labour.roster.title', { count: String(props.workers.length) })}</summary>
        <div class="labour-table-wrap" tabindex="0" role="region" aria-label={t('labour.roster.title', { count: String(props.workers.length) })}>
          <table class="labour-roster__table">
            <thead>
              <tr><For each={headers()}>{(title, index) => <th scope="col" classList={{ money: index() === 3 }}>{title}</th>}</For></tr>
            </thead>
            <tbody>
              <For each={props.workers}>
                {(worker) => (
                  <tr>
                    <th scope="row">{worker.name}</th>
                    <td>{worker.team}</td>
                    <td>{worker.trade}</td>
                    <td class="money">{formatFen(worker.defaultDayRate, language())}</td>
                    <td>{worker.phone}</td>
                    <td>{worker.active ? t('labour.roster.active') : t('labour.roster.inactive')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <TableExport label={t('labour.roster.export')} fileName={t('labour.roster.file')} table={() => workerRosterTable(props.workers, {
          headers: headers(), active: t('labour.roster.active'), inactive: t('labour.roster.inactive'),
        })} />
      </details>
    </Show>
  );
}
