// Add a budget line, or (given one) edit it in place: category, task, description, amount typed the
// way people type money. When the line is deleted by someone else while it is open, the form says so.
import { Show, createSignal, onMount } from 'solid-js';
import type * as Y from 'yjs';
import type { BudgetLine, CostCategory } from '../../../shared/domain/finance';
import { addBudgetLine, updateBudgetLine } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { blankBudgetLineFields, budgetLineFieldsFromLine, interpretBudgetLineForm, type BudgetLineFields } from './budget-line-form';
import { amountProblemKey, type AmountProblem } from './cost-form';
import { CategorySelect, TaskSelect, type TaskOption } from './FinanceSelects';

export function BudgetLineForm(props: {
  doc: Y.Doc; categories: readonly CostCategory[]; tasks: readonly TaskOption[];
  /** Removed categories, so an entry edited in one shows it. */
  removed?: readonly CostCategory[];
  /** The line being edited; without it the form adds lines. Not reactive: key the form on it. */
  editing?: BudgetLine; onDone?: () => void;
  /** The edited line is no longer in the room (deleted on another device). */
  gone?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const editing = props.editing;
  const firstCategory = (): BudgetLineFields['categoryId'] => props.categories[0]?.id ?? ('other' as BudgetLineFields['categoryId']);
  const [fields, setFields] = createSignal<BudgetLineFields>(editing === undefined ? blankBudgetLineFields(firstCategory()) : budgetLineFieldsFromLine(editing));
  const [problem, setProblem] = createSignal<AmountProblem | null>(null);
  let amountInput: HTMLInputElement | undefined;
  onMount(() => {
    if (editing === undefined || amountInput === undefined) return;
    amountInput.scrollIntoView({ block: 'center' });
    amountInput.focus();
  });
  const set = (patch: Partial<BudgetLineFields>): void => {
    setFields({ ...fields(), ...patch });
    setProblem(null);
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = interpretBudgetLineForm(fields());
    if (!input.ok) return void setProblem(input.reason);
    if (editing !== undefined) {
      if (!session.report(updateBudgetLine(props.doc, editing.id, input.value, session.origin))) return;
      session.notices.show(t('costs.line.changed'), 'info');
      return void props.onDone?.();
    }
    if (!session.report(addBudgetLine(props.doc, input.value, session.origin))) return;
    set({ amountText: '', description: '' });
  };
  const title = editing === undefined ? t('costs.line.add') : t('costs.line.editTitle');
  return (
    <form class="finance-form finance-form--inline" onSubmit={save} aria-label={title} novalidate>
      <Show when={editing !== undefined}><h3 class="finance-form__wide">{title}</h3></Show>
      <Show when={props.gone}><p class="field-error finance-form__wide" role="alert">{t('costs.line.gone')}</p></Show>
      <CategorySelect categories={props.categories} removed={props.removed} value={fields().categoryId} onChange={(categoryId) => set({ categoryId })} name="budget-category" />
      <TaskSelect tasks={props.tasks} value={fields().taskId} onChange={(taskId) => set({ taskId })} />
      <label>
        {t('costs.line.description')}
        <input class="input" value={fields().description} onInput={(event) => set({ description: event.currentTarget.value })} />
      </label>
      <label>
        {t('costs.entry.amount')}
        <input
          ref={amountInput} class="input money-input" name="budget-amount" inputmode="decimal" autocomplete="off" value={fields().amountText}
          aria-invalid={problem() !== null} onInput={(event) => set({ amountText: event.currentTarget.value })}
        />
        <span class="field-error" role="alert">{problem() === null ? '' : t(amountProblemKey(problem() ?? 'empty'))}</span>
      </label>
      <Show when={editing !== undefined} fallback={<button type="submit" class="button">{t('costs.line.add')}</button>}>
        <div class="button-group">
          <button type="submit" class="button button--primary">{t('costs.entry.saveChanges')}</button>
          <button type="button" class="button" onClick={() => props.onDone?.()}>{t('costs.entry.cancel')}</button>
        </div>
      </Show>
    </form>
  );
}
