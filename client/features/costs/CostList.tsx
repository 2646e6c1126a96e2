// Actual costs (typed-in and signed labour) with filters and the exact total of what is shown; typed-in
// costs can be edited or deleted (after a confirm), labour costs say where they are changed instead.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { CostCategory, CostEntry } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import type { StoredCostEntry } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { categoryNamer } from './category-rows';
import { filterCosts, NO_FILTER, WHOLE_PROJECT_TASK, type CostFilter } from './cost-filters';
import { costsExportTable } from './cost-tables';
import type { TaskOption } from './FinanceSelects';
import { TableExport } from './TableExport';

export interface CostActions {
  readonly onEdit: (entry: StoredCostEntry) => void;
  readonly onDelete: (entry: StoredCostEntry) => void;
}

export function CostList(props: {
  costs: readonly CostEntry[]; categories: readonly CostCategory[]; removed?: readonly CostCategory[]; tasks: readonly TaskOption[];
  /** The typed-in costs by id, to edit; absent when this person can only read. */
  stored: readonly StoredCostEntry[]; actions?: CostActions;
}) {
  const { t, language, formatDay } = useI18n();
  const [filter, setFilter] = createSignal<CostFilter>(NO_FILTER);
  const shown = createMemo(() => filterCosts(props.costs, filter()));
  const set = (patch: Partial<CostFilter>): void => void setFilter({ ...filter(), ...patch });
  const namer = createMemo(() => categoryNamer(props.categories, props.removed ?? [], (name) => t('costs.categories.removed', { name })));
  const categoryName = (id: string): string => namer()(id);
  const taskName = (id: string | null): string => (id === null ? t('costs.budget.noTask') : props.tasks.find((task) => task.id === id)?.title ?? id);
  const storedById = createMemo(() => new Map(props.stored.map((entry) => [entry.id as string, entry])));
  const described = (cost: CostEntry) => ({ amount: formatFen(cost.amount, language()), day: formatDay(cost.day) });
  const headers = () => ({
    day: t('costs.entry.day'), category: t('costs.category'), amount: t('costs.entry.amount'), task: t('costs.entry.task'),
    supplier: t('costs.entry.supplier'), invoice: t('costs.entry.invoice'), note: t('costs.entry.note'),
  });
  return (
    <section class="finance-section" aria-labelledby="cost-list-title">
      <div class="finance-section__head">
        <h2 id="cost-list-title">{t('costs.list.title')}</h2>
        <TableExport label={t('costs.list.title')} fileName={t('costs.export.costsFile')} table={() => costsExportTable(shown().entries, categoryName, taskName, headers())} />
      </div>
      <div class="finance-filters" role="search" aria-label={t('costs.list.title')}>
        <label>
          {t('costs.category')}
          <select class="input" value={filter().categoryId} onChange={(event) => set({ categoryId: event.currentTarget.value })}>
            <option value="">{t('costs.filter.all')}</option>
            <For each={props.categories}>{(category) => <option value={category.id}>{category.name}</option>}</For>
          </select>
        </label>
        <label>
          {t('costs.entry.task')}
          <select class="input" value={filter().taskId} onChange={(event) => set({ taskId: event.currentTarget.value })}>
            <option value="">{t('costs.filter.all')}</option>
            <option value={WHOLE_PROJECT_TASK}>{t('costs.budget.noTask')}</option>
            <For each={props.tasks}>{(task) => <option value={task.id}>{task.title}</option>}</For>
          </select>
        </label>
        <label>
          {t('costs.filter.from')}
          <input class="input" type="date" value={filter().from} onInput={(event) => set({ from: event.currentTarget.value })} />
        </label>
        <label>
          {t('costs.filter.to')}
          <input class="input" type="date" value={filter().to} onInput={(event) => set({ to: event.currentTarget.value })} />
        </label>
        <label>
          {t('costs.entry.supplier')}
          <input class="input" type="search" value={filter().supplier} onInput={(event) => set({ supplier: event.currentTarget.value })} />
        </label>
      </div>
      <Show when={shown().entries.length > 0} fallback={<p>{t('costs.list.empty')}</p>}>
        <div class="finance-table-wrap">
          <table class="finance-table" data-testid="cost-table">
            <thead>
              <tr>
                <th scope="col">{t('costs.entry.day')}</th>
                <th scope="col">{t('costs.category')}</th>
                <th scope="col" class="money">{t('costs.entry.amount')}</th>
                <th scope="col">{t('costs.entry.task')}</th>
                <th scope="col">{t('costs.entry.supplier')}</th>
                <th scope="col">{t('costs.entry.invoice')}</th>
                <Show when={props.actions}><th scope="col"><span class="visually-hidden">{t('costs.list.actions')}</span></th></Show>
              </tr>
            </thead>
            <tbody>
              <For each={shown().entries}>
                {(cost) => (
                  <tr>
                    <td>{formatDay(cost.day)}</td>
                    <td>{categoryName(cost.categoryId)}{cost.source === 'labour' ? ` · ${t('costs.list.labour')}` : ''}</td>
                    <td class="money">{formatFen(cost.amount, language())}</td>
                    <td>{taskName(cost.taskId)}</td>
                    <td>{cost.supplier}</td>
                    <td>{cost.invoiceNumber}</td>
                    <Show when={props.actions}>
                      {(actions) => (
                        <td class="finance-actions">
                          <Show when={storedById().get(cost.id)} fallback={<span class="finance-muted">{t('costs.list.labourLocked')}</span>}>
                            {(entry) => (
                              <>
                                <button type="button" class="button button--small" aria-label={t('costs.list.editOne', described(cost))} onClick={() => actions().onEdit(entry())}>{t('costs.list.edit')}</button>
                                <button type="button" class="button button--small" aria-label={t('costs.list.deleteOne', described(cost))} onClick={() => actions().onDelete(entry())}>{t('costs.list.delete')}</button>
                              </>
                            )}
                          </Show>
                        </td>
                      )}
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
            <tfoot>
              <tr class="finance-row--total">
                <th scope="row" colspan="2">{t('costs.budget.total')} ({t('costs.filter.count', { count: String(shown().entries.length) })})</th>
                <td class="money" data-testid="cost-total">{formatFen(shown().total, language())}</td>
                <td colspan={props.actions ? 4 : 3} />
              </tr>
            </tfoot>
          </table>
        </div>
      </Show>
    </section>
  );
}
