// Fast cost entry: today's date by default, the amount typed as people type it (1,234.50, ¥1234,
// 1.2万), and what is wrong said in plain words next to the field that is wrong. Given an entry, the
// same form edits it (Save changes / Cancel) instead of recording a new one.
import { Show, createSignal, onMount } from 'solid-js';
import type * as Y from 'yjs';
import type { CostCategory } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { recordCost, updateCost, type StoredCostEntry } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { CategorySelect, TaskSelect, type TaskOption } from './FinanceSelects';
import { amountProblemKey, costFieldsFromEntry, interpretCostForm, type CostFormFields, type CostFormProblem } from './cost-form';

export function CostEntryForm(props: {
  doc: Y.Doc; today: IsoDay; categories: readonly CostCategory[]; tasks: readonly TaskOption[];
  /** Removed categories, so an entry edited in one shows it. */
  removed?: readonly CostCategory[];
  /** The cost being edited; without it the form records new costs. Not reactive: key the form on it. */
  editing?: StoredCostEntry; onDone?: () => void;
  /** The edited cost is no longer in the room (deleted on another device). */
  gone?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const blank = (): CostFormFields => ({
    day: props.today, categoryId: props.categories[0]?.id ?? ('other' as CostFormFields['categoryId']), amountText: '', taskId: '', supplier: '', invoiceNumber: '', note: '',
  });
  const editing = props.editing;
  const [fields, setFields] = createSignal<CostFormFields>(editing === undefined ? blank() : costFieldsFromEntry(editing));
  let amountInput: HTMLInputElement | undefined;
  onMount(() => {
    if (editing === undefined || amountInput === undefined) return;
    amountInput.scrollIntoView({ block: 'center' });
    amountInput.focus();
  });
  const [problem, setProblem] = createSignal<CostFormProblem | null>(null);
  const set = (patch: Partial<CostFormFields>): void => {
    setFields({ ...fields(), ...patch });
    setProblem(null);
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = interpretCostForm(fields());
    if (!input.ok) return void setProblem(input.reason);
    if (editing !== undefined) {
      if (!session.report(updateCost(props.doc, editing.id, input.value, Date.now(), session.origin))) return;
      session.notices.show(t('costs.entry.changed'), 'info');
      return void props.onDone?.();
    }
    if (!session.report(recordCost(props.doc, input.value, session.identity().id, Date.now(), session.origin))) return;
    session.notices.show(t('costs.entry.saved'), 'info');
    // Keep date, category and supplier: several invoices of one supplier are often typed in a row.
    set({ amountText: '', invoiceNumber: '', note: '' });
  };
  const amountError = (): string | null => {
    const current = problem();
    return current === null || current === 'invalid-day' ? null : t(amountProblemKey(current));
  };
  return (
    <form class="finance-form" onSubmit={save} aria-labelledby="cost-entry-title" novalidate>
      <h2 id="cost-entry-title">{t(editing === undefined ? 'costs.entry.title' : 'costs.entry.editTitle')}</h2>
      <Show when={props.gone}><p class="field-error finance-form__wide" role="alert" data-testid="cost-gone">{t('costs.entry.gone')}</p></Show>
      <label>
        {t('costs.entry.day')}
        <input class="input" type="date" required value={fields().day} aria-invalid={problem() === 'invalid-day'} onInput={(event) => set({ day: event.currentTarget.value })} />
        <Show when={problem() === 'invalid-day'}><span class="field-error" role="alert">{t('costs.error.invalid-day')}</span></Show>
      </label>
      <CategorySelect categories={props.categories} removed={props.removed} value={fields().categoryId} onChange={(categoryId) => set({ categoryId })} />
      <label>
        {t('costs.entry.amount')}
        <input
          ref={amountInput} class="input money-input" inputmode="decimal" autocomplete="off" name="amount" value={fields().amountText}
          aria-invalid={amountError() !== null} aria-describedby="cost-amount-error" onInput={(event) => set({ amountText: event.currentTarget.value })}
        />
        <span id="cost-amount-error" class="field-error" role="alert">{amountError() ?? ''}</span>
      </label>
      <TaskSelect tasks={props.tasks} value={fields().taskId} onChange={(taskId) => set({ taskId })} />
      <label>
        {t('costs.entry.supplier')}
        <input class="input" name="supplier" value={fields().supplier} onInput={(event) => set({ supplier: event.currentTarget.value })} />
      </label>
      <label>
        {t('costs.entry.invoice')}
        <input class="input" value={fields().invoiceNumber} onInput={(event) => set({ invoiceNumber: event.currentTarget.value })} />
      </label>
      <label class="finance-form__wide">
        {t('costs.entry.note')}
        <input class="input" value={fields().note} onInput={(event) => set({ note: event.currentTarget.value })} />
      </label>
      <Show when={editing !== undefined} fallback={<button type="submit" class="button button--primary">{t('costs.entry.save')}</button>}>
        <div class="button-group">
          <button type="submit" class="button button--primary">{t('costs.entry.saveChanges')}</button>
          <button type="button" class="button" onClick={() => props.onDone?.()}>{t('costs.entry.cancel')}</button>
        </div>
      </Show>
    </form>
  );
}
