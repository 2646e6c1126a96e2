// Resource load under the chart: per person, the most tasks they are on in one working day of each
// week (or each day), over the schedule's whole span, from computeResourceLoad; a cell over one task
// a day is marked, in colour and in words. The grid scrolls by keyboard once focused, and exports as
// .csv / .xlsx (resource-load-export.ts).
import { For, Show, createMemo, createSignal } from 'solid-js';
import { computeResourceLoad, type ResourceTask } from '../../../shared/domain/schedule/resource-load';
import { useI18n } from '../../i18n/I18nProvider';
import { useGantt } from './gantt-context';
import { TableExport } from '../costs/TableExport';
import { loadGrid, type LoadBucket } from './resource-buckets';
import { resourceLoadExportTable } from './resource-load-export';

const BUCKETS: readonly LoadBucket[] = ['week', 'day'];

export function ResourcePanel(props: { onClose: () => void }) {
  const { t, formatDay } = useI18n();
  const gantt = useGantt();
  const [bucket, setBucket] = createSignal<LoadBucket>('week');
  const load = createMemo(() => {
    const result = gantt.schedule.result();
    const tasks: ResourceTask[] = [];
    for (const [id, scheduled] of result.tasks) {
      if (scheduled.isSummary || scheduled.isMilestone) continue;
      const assignees = gantt.task(id)?.assignees ?? [];
      if (assignees.length > 0) tasks.push({ id, assignees, start: scheduled.start, finish: scheduled.finish, duration: scheduled.duration });
    }
    return computeResourceLoad(tasks, gantt.calendar(), { from: result.projectStart, to: result.projectFinish });
  });
  const grid = createMemo(() => loadGrid(load(), bucket()));
  const nameOf = (id: string): string => gantt.members().get(id)?.name ?? t('gantt.load.unknownPerson');
  return (
    <section class="gantt-load" aria-labelledby="gantt-load-title" data-testid="resource-panel">
      <header class="gantt-risks__head">
        <h2 id="gantt-load-title">{t('gantt.load.title')}</h2>
        <div class="button-group" role="group" aria-label={t('gantt.load.per')}>
          <For each={BUCKETS}>
            {(option) => <button type="button" class="button" aria-pressed={bucket() === option} onClick={() => setBucket(option)}>{t(`gantt.load.${option}`)}</button>}
          </For>
        </div>
        <button type="button" class="icon-button" aria-label={t('gantt.close')} onClick={() => props.onClose()}>×</button>
      </header>
      <Show when={grid().rows.length > 0} fallback={<p>{t('gantt.load.nobody')}</p>}>
        <p class="gantt-sheet__facts">{t('gantt.load.explain')}</p>
        <div class="gantt-load__scroll" role="region" tabindex="0" aria-label={t('gantt.load.grid')}>
          <table class="gantt-load__table">
            <thead>
              <tr>
                <th scope="col">{t('gantt.load.person')}</th>
                <For each={grid().columns}>{(column) => <th scope="col" class="gantt-load__day">{formatDay(column.first)}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={grid().rows}>
                {(row) => (
                  <tr data-testid="load-row" data-assignee={row.assignee}>
                    <th scope="row" class="gantt-load__person">
                      {nameOf(row.assignee)}
                      <Show when={row.overDays > 0}>
                        <span class="gantt-load__over-count">{t('gantt.load.overDays', { count: row.overDays })}</span>
                      </Show>
                    </th>
                    <For each={row.cells}>
                      {(cell) => (
                        <td classList={{ 'gantt-load__cell': true, 'gantt-load__cell--busy': cell.peak > 0, 'gantt-load__cell--over': cell.over }}>
                          {cell.peak > 0 ? cell.peak : ''}
                          <Show when={cell.over}><span class="visually-hidden"> {t('gantt.load.overCell')}</span></Show>
                        </td>
                      )}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <TableExport label={t('gantt.load.export')} fileName={`${t('gantt.load.title')} ${t(`gantt.load.${bucket()}`)}`} table={() => resourceLoadExportTable(grid(), {
          period: t(bucket() === 'week' ? 'gantt.load.weekOf' : 'gantt.load.workingDay'), overDays: t('gantt.load.overTotal'), nameOf,
        })} />
      </Show>
    </section>
  );
}
