// What the labour adds up to, grouped as the person chooses: per worker (with paid and owed), or by
// team, day, month or task; each view exports to .xlsx and .csv exactly as shown.
import { Match, Switch, createMemo, createSignal } from 'solid-js';
import type { LabourRecord, Worker, WorkerBalances } from '../../../shared/domain/finance';
import { useI18n } from '../../i18n/I18nProvider';
import { LabourExport } from './LabourExport';
import { LabourGroupTable } from './LabourGroupTable';
import { GROUP_TABLE_GROUPINGS, labourGroupExport, labourGroupTable, type GroupTableGrouping, type LabourGroupLabels } from './labour-group-table';
import { workerSummaryTable } from './worker-summary-export';
import { WorkerSummaryTable } from './WorkerSummaryTable';

const GROUPINGS = ['worker', ...GROUP_TABLE_GROUPINGS] as const;
type SummaryGrouping = (typeof GROUPINGS)[number];

export function LabourSummarySection(props: {
  records: readonly LabourRecord[]; workers: readonly Worker[]; balances: WorkerBalances; taskTitle: (taskId: string) => string | undefined;
}) {
  const { t, formatDay } = useI18n();
  const [grouping, setGrouping] = createSignal<SummaryGrouping>('worker');
  const labels = (group: GroupTableGrouping): LabourGroupLabels => ({
    group: t(`labour.summary.column.${group}`), records: t('labour.summary.records'), manDays: t('labour.manDays'), hours: t('labour.hours'),
    overtimeHours: t('labour.summary.overtime'), amount: t('labour.amount'), signed: t('labour.signedAmount'), pending: t('labour.pendingAmount'),
    total: t('labour.total'), noTeam: t('labour.summary.noTeam'), noTask: t('labour.summary.noTask'), deletedTask: t('labour.summary.deletedTask'),
  });
  const groupTable = (group: GroupTableGrouping) => labourGroupTable(props.records, group, { workers: props.workers, taskTitle: props.taskTitle, formatDay, labels: labels(group) });
  const chosenGroup = createMemo((): GroupTableGrouping | null => {
    const chosen = grouping();
    return chosen === 'worker' ? null : chosen;
  });
  const caption = (): string => t(`labour.summary.by.${grouping()}`);
  return (
    <section class="labour-summary-section" aria-labelledby="labour-summary-title">
      <h2 id="labour-summary-title">{t('labour.summary.title')}</h2>
      <div class="segmented" role="group" aria-label={t('labour.summary.group')}>
        {GROUPINGS.map((option) => (
          <button type="button" class="button button--small" aria-pressed={grouping() === option} onClick={() => setGrouping(option)}>{t(`labour.summary.option.${option}`)}</button>
        ))}
      </div>
      {/* focusable, so the wide table can be scrolled with the keyboard on a phone-sized screen */}
      <div class="labour-table-wrap" tabindex="0" role="region" aria-label={caption()}>
        <Switch>
          <Match when={chosenGroup()} keyed>
            {(group) => <LabourGroupTable table={groupTable(group)} labels={labels(group)} caption={caption()} />}
          </Match>
          <Match when={grouping() === 'worker'}>
            <WorkerSummaryTable balances={props.balances} workers={props.workers} />
          </Match>
        </Switch>
      </div>
      <LabourExport fileName={caption()} table={() => {
        const group = chosenGroup();
        if (group !== null) return labourGroupExport(groupTable(group), labels(group));
        return workerSummaryTable(props.balances, props.workers, {
          worker: t('labour.worker'), team: t('labour.team'), trade: t('labour.trade'), signed: t('labour.signedAmount'), pending: t('labour.pendingAmount'),
          paid: t('labour.paid'), owed: t('labour.owed'), total: t('labour.total'), unknownWorker: t('labour.unknownWorker'),
        });
      }} />
    </section>
  );
}
