// Budget vs actual per category or per task, with overrun warnings in words (not colour alone), a
// row to add a budget line and one to add a category. Figures come from compareBudget (shared/domain).
import { For, Show, createMemo, createSignal } from 'solid-js';
import type * as Y from 'yjs';
import { compareBudget, type BudgetFigures, type BudgetGrouping, type BudgetInputs, type CostCategory } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import type { Fen } from '../../../shared/money';
import { addBudgetLine, addCategory } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { amountProblemKey, parsePositiveAmount, type AmountProblem } from './cost-form';
import { budgetExportTable } from './cost-tables';
import type { TaskOption } from './CostEntryForm';
import { TableExport } from './TableExport';

export function BudgetSection(props: { doc: Y.Doc; inputs: BudgetInputs; categories: readonly CostCategory[]; tasks: readonly TaskOption[]; canEdit: boolean }) {
  const { t, language } = useI18n();
  const [grouping, setGrouping] = createSignal<BudgetGrouping>('category');
  const comparison = createMemo(() => compareBudget(props.inputs, grouping()));
  const money = (amount: Fen): string => formatFen(amount, language());
  const groupName = (key: string): string => grouping() === 'category'
    ? props.categories.find((category) => category.id === key)?.name ?? key
    : key === '' ? t('costs.budget.noTask') : props.tasks.find((task) => task.id === key)?.title ?? key;
  const warningText = (warning: BudgetFigures['warning']): string => (warning === null ? '' : t(`costs.warning.${warning}`));
  const headers = () => ({
    group: grouping() === 'category' ? t('costs.category') : t('costs.entry.task'), budget: t('costs.budget.budget'), actual: t('costs.budget.actual'),
    forecast: t('costs.budget.forecast'), remaining: t('costs.budget.remaining'), warning: '', total: t('costs.budget.total'),
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
      <Show when={props.canEdit}>
        <AddBudgetLine doc={props.doc} categories={props.categories} tasks={props.tasks} />
        <AddCategory doc={props.doc} />
      </Show>
    </section>
  );
}

function AddBudgetLine(props: { doc: Y.Doc; categories: readonly CostCategory[]; tasks: readonly TaskOption[] }) {
  const { t } = useI18n();
  const session = useSession();
  const [categoryId, setCategoryId] = createSignal<string>('');
  const [taskId, setTaskId] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [amountText, setAmountText] = createSignal('');
  const [problem, setProblem] = createSignal<AmountProblem | null>(null);
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const amount = parsePositiveAmount(amountText());
    if (!amount.ok) return void setProblem(amount.reason);
    const category = props.categories.find((one) => one.id === categoryId()) ?? props.categories[0];
    if (category === undefined) return;
    const input = { categoryId: category.id, taskId: taskId() === '' ? null : taskId(), description: description().trim(), amount: amount.value };
    if (!session.report(addBudgetLine(props.doc, input, session.origin))) return;
    setAmountText('');
    setDescription('');
  };
  return (
    <form class="finance-form finance-form--inline" onSubmit={save} aria-label={t('costs.line.add')} novalidate>
      <label>
        {t('costs.category')}
        <select class="input" name="budget-category" value={categoryId()} onChange={(event) => setCategoryId(event.currentTarget.value)}>
          <For each={props.categories}>{(category) => <option value={category.id}>{category.name}</option>}</For>
        </select>
      </label>
      <label>
        {t('costs.entry.task')}
        <select class="input" value={taskId()} onChange={(event) => setTaskId(event.currentTarget.value)}>
          <option value="">{t('costs.budget.noTask')}</option>
          <For each={props.tasks}>{(task) => <option value={task.id}>{task.title}</option>}</For>
        </select>
      </label>
      <label>
        {t('costs.line.description')}
        <input class="input" value={description()} onInput={(event) => setDescription(event.currentTarget.value)} />
      </label>
      <label>
        {t('costs.entry.amount')}
        <input class="input money-input" name="budget-amount" inputmode="decimal" autocomplete="off" value={amountText()} aria-invalid={problem() !== null} onInput={(event) => { setAmountText(event.currentTarget.value); setProblem(null); }} />
        <span class="field-error" role="alert">{problem() === null ? '' : t(amountProblemKey(problem() ?? 'empty'))}</span>
      </label>
      <button type="submit" class="button">{t('costs.line.add')}</button>
    </form>
  );
}

function AddCategory(props: { doc: Y.Doc }) {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = createSignal('');
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    if (session.report(addCategory(props.doc, name().trim(), session.origin))) setName('');
  };
  return (
    <form class="finance-form finance-form--inline" onSubmit={save} aria-label={t('costs.category.add')}>
      <label>
        {t('costs.category.name')}
        <input class="input" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <button type="submit" class="button">{t('costs.category.add')}</button>
    </form>
  );
}
