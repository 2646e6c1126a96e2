// The budget lines themselves (budget vs actual shows only their sums): category, task, description,
// amount, and for people who may write, Edit and Delete on each line; the list exports as .csv / .xlsx.
import { For, Show } from 'solid-js';
import type { BudgetLine, CostCategory } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import { useI18n } from '../../i18n/I18nProvider';
import { budgetLinesExportTable } from './cost-tables';
import type { TaskOption } from './FinanceSelects';
import { TableExport } from './TableExport';

export interface BudgetLineActions {
  readonly onEdit: (line: BudgetLine) => void;
  readonly onDelete: (line: BudgetLine) => void;
}

export function BudgetLineList(props: {
  lines: readonly BudgetLine[]; categoryName: (id: string) => string; tasks: readonly TaskOption[]; actions?: BudgetLineActions;
  /** A line's name in buttons and confirms: its description, else its category. */
  lineName: (line: BudgetLine) => string;
}) {
  const { t, language } = useI18n();
  const taskName = (id: string | null): string => (id === null ? t('costs.budget.noTask') : props.tasks.find((task) => task.id === id)?.title ?? id);
  return (
    <div class="finance-lines">
      <h3 id="budget-lines-title">{t('costs.lines.title', { count: String(props.lines.length) })}</h3>
      <Show when={props.lines.length > 0} fallback={<p>{t('costs.lines.empty')}</p>}>
        <div class="finance-table-wrap">
          <table class="finance-table" data-testid="budget-lines" aria-labelledby="budget-lines-title">
            <thead>
              <tr>
                <th scope="col">{t('costs.category')}</th>
                <th scope="col">{t('costs.entry.task')}</th>
                <th scope="col">{t('costs.line.description')}</th>
                <th scope="col" class="money">{t('costs.budget.budget')}</th>
                <Show when={props.actions}><th scope="col"><span class="visually-hidden">{t('costs.list.actions')}</span></th></Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.lines}>
                {(line) => (
                  <tr>
                    <td>{props.categoryName(line.categoryId)}</td>
                    <td>{taskName(line.taskId)}</td>
                    <td>{line.description}</td>
                    <td class="money">{formatFen(line.amount, language())}</td>
                    <Show when={props.actions}>
                      {(actions) => (
                        <td class="finance-actions">
                          <button type="button" class="button button--small" aria-label={t('costs.line.editOne', { name: props.lineName(line) })} onClick={() => actions().onEdit(line)}>{t('costs.list.edit')}</button>
                          <button type="button" class="button button--small" aria-label={t('costs.line.deleteOne', { name: props.lineName(line) })} onClick={() => actions().onDelete(line)}>{t('costs.list.delete')}</button>
                        </td>
                      )}
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <TableExport label={t('costs.export.lines')} fileName={t('costs.export.linesFile')} table={() => budgetLinesExportTable(props.lines, props.categoryName, taskName, {
          category: t('costs.category'), task: t('costs.entry.task'), description: t('costs.line.description'), budget: t('costs.budget.budget'),
        })} />
      </Show>
    </div>
  );
}
