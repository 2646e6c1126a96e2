// Budget vs actual per category or per task, with overrun warnings in words (not colour alone), the
// budget lines (edit, delete after a confirm that says what is already spent where the line budgets)
// and a form to add a line (categories are managed in CategoryManager). Figures come from shared/domain.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type * as Y from 'yjs';
import { budgetLineRemoval, compareBudget, type BudgetFigures, type BudgetGrouping, type BudgetInputs, type BudgetLine, type CostCategory } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import type { Fen } from '../../../shared/money';
import { deleteBudgetLine } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { BudgetLineForm } from './BudgetLineForm';
import { BudgetLineList } from './BudgetLineList';
import { categoryNamer } from './category-rows';
import { budgetExportTable } from './cost-tables';
import type { TaskOption } from './FinanceSelects';
import { TableExport } from './TableExport';

export function BudgetSection(props: {
  doc: Y.Doc; inputs: BudgetInputs; categories: readonly CostCategory[];
  /** Removed categories: their lines and costs still count, shown under their name marked removed. */
  removed: readonly CostCategory[]; tasks: readonly TaskOption[]; canEdit: boolean;
  /** Starts a new undo step, so a delete is undone on its own. */
  separateUndo: () => void;
}) {
  const { t, language } = useI18n();
  const session = useSession();
  const [grouping, setGrouping] = createSignal<BudgetGrouping>('category');
  const [editing, setEditing] = createSignal<BudgetLine | null>(null);
  const editingGone = createMemo(() => {
    const line = editing();
    return line !== null && !props.inputs.budgetLines.some((one) => one.id === line.id);
  });
  const comparison = createMemo(() => compareBudget(props.inputs, grouping()));
  const money = (amount: Fen): string => formatFen(amount, language());
  const categoryName = createMemo(() => categoryNamer(props.categories, props.removed, (name) => t('costs.categories.removed', { name })));
  const groupName = (key: string): string => grouping() === 'category'
    ? categoryName()(key)
    : key === '' ? t('costs.budget.noTask') : props.tasks.find((task) => task.id === key)?.title ?? key;
  const taskName = (id: string): string => props.tasks.find((task) => task.id === id)?.title ?? id;
  const lineName = (line: BudgetLine): string => (line.description === '' ? categoryName()(line.categoryId) : line.description);
  const deleteConfirm = (line: BudgetLine): string => {
    const removal = budgetLineRemoval(line, props.inputs);
    const parts = [t('costs.line.deleteConfirm', { name: lineName(line), amount: money(line.amount) })];
    if (removal.category.actual !== 0) parts.push(t('costs.line.deleteCategoryCosts', { category: categoryName()(line.categoryId), actual: money(removal.category.actual), after: money(removal.category.budgetAfter) }));
    if (removal.task !== null && removal.task.actual !== 0 && line.taskId !== null) parts.push(t('costs.line.deleteTaskCosts', { task: taskName(line.taskId), actual: money(removal.task.actual), after: money(removal.task.budgetAfter) }));
    return parts.join('\n');
  };
  const lineActions = {
    onEdit: (line: BudgetLine): void => void setEditing(line),
    onDelete: (line: BudgetLine): void => {
      // a native confirm: works with keyboard and screen readers, and undo can still take a delete back
      if (!window.confirm(deleteConfirm(line))) return;
      props.separateUndo();
      if (session.report(deleteBudgetLine(props.doc, line.id, session.origin)) && editing()?.id === line.id) setEditing(null);
    },
  };
  const warningText = (warning: BudgetFigures['warning']): string => (warning === null ? '' : t(`costs.warning.${warning}`));
  const headers = () => ({
    group: grouping() === 'category' ? t('costs.category') : t('costs.entry.task'), budget: t('costs.budget.budget'), actual: t('costs.budget.actual'),
    forecast: t('costs.budget.forecast'), remaining: t('costs.budget.remaining'), warning: t('costs.export.warning'), total: t('costs.budget.total'),
  });
  const row = (name: string, figures: BudgetFigures, total = false) => (
    <tr classList={{ 'finance-row--over': figures.warning === 'over-budget', 'finance-row--total': total }} data-testid={total ? 'budget-total' : 'budget-row'}>
      <th scope="row">{name}</th>
      <td class="money">{money(figures.budget)}</td>
      <td class="money" data-testid="budget-actual">{money(figures.actual)}</td>
      <td class="money">{money(figures.forecast)}</td>
      <td class="money">{money(figures.remaining)}</td>
      <td>{figures.usedPercent === null ? '–' : `${figures.usedPercent}%`}</td>
      <td>
        <Show when={figures.warning}>{(warning) => <span class={`finance-warning finance-warning--${warning()}`} data-testid="overrun-warning">⚠ {warningText(warning())}</span>}</Show>
      </td>
    </tr>
  );
  return (
    <section class="finance-section" aria-labelledby="budget-title">
      <div class="finance-section__head">
        <h2 id="budget-title">{t('costs.budget.title')}</h2>
        <div class="segmented" role="group" aria-label={t('costs.budget.group')}>
          <button type="button" class="button button--small" aria-pressed={grouping() === 'category'} onClick={() => setGrouping('category')}>{t('costs.budget.byCategory')}</button>
          <button type="button" class="button button--small" aria-pressed={grouping() === 'task'} onClick={() => setGrouping('task')}>{t('costs.budget.byTask')}</button>
        </div>
        <TableExport label={t('costs.budget.title')} fileName={t('costs.export.budgetFile')} table={() => budgetExportTable(comparison(), groupName, warningText, headers())} />
      </div>
      <div class="finance-table-wrap">
        <table class="finance-table" data-testid="budget-table">
          <thead>
            <tr>
              <th scope="col">{headers().group}</th>
              <th scope="col" class="money">{t('costs.budget.budget')}</th>
              <th scope="col" class="money">{t('costs.budget.actual')}</th>
              <th scope="col" class="money">{t('costs.budget.forecast')}</th>
              <th scope="col" class="money">{t('costs.budget.remaining')}</th>
              <th scope="col">{t('costs.budget.used')}</th>
              <th scope="col"><span class="visually-hidden">{t('costs.warning.over-budget')}</span></th>
            </tr>
          </thead>
          <tbody>
            <For each={comparison().rows}>{(one) => row(groupName(one.key), one)}</For>
          </tbody>
          <tfoot>{row(t('costs.budget.total'), comparison().total, true)}</tfoot>
        </table>
      </div>
      <BudgetLineList lines={props.inputs.budgetLines} categoryName={categoryName()} tasks={props.tasks} lineName={lineName} actions={props.canEdit ? lineActions : undefined} />
      <Show when={props.canEdit}>
        <Show when={editing()} keyed fallback={<BudgetLineForm doc={props.doc} categories={props.categories} removed={props.removed} tasks={props.tasks} />}>
          {(line) => <BudgetLineForm doc={props.doc} categories={props.categories} removed={props.removed} tasks={props.tasks} editing={line} gone={editingGone()} onDone={() => setEditing(null)} />}
        </Show>
      </Show>
    </section>
  );
}
