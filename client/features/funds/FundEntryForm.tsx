// Record a receipt (工程款) or a payment, planned or done, with its due and paid dates. Given an entry,
// the same form edits it (planned → done with its paid date included) instead of recording a new one.
import { Show, createSignal, onMount } from 'solid-js';
import type * as Y from 'yjs';
import { latestPaidDay, type FundEntry } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { recordFund, updateFund } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { amountProblemKey } from '../costs/cost-form';
import { fundFieldsFromEntry, fundFormPatch, initialFundFields, interpretFundForm, type FundFormFields, type FundFormProblem } from './fund-form';

export function FundEntryForm(props: {
  doc: Y.Doc; today: IsoDay;
  /** The entry being edited; without it the form records new entries. Not reactive: key the form on it. */
  editing?: FundEntry; onDone?: () => void;
  /** The edited entry is no longer in the room (deleted on another device). */
  gone?: boolean;
}) {
  const { t, formatDay } = useI18n();
  const session = useSession();
  const editing = props.editing;
  const [fields, setFields] = createSignal<FundFormFields>(editing === undefined ? initialFundFields(props.today) : fundFieldsFromEntry(editing, props.today));
  let amountInput: HTMLInputElement | undefined;
  onMount(() => {
    if (editing === undefined || amountInput === undefined) return;
    amountInput.scrollIntoView({ block: 'center' });
    amountInput.focus();
  });
  const [problem, setProblem] = createSignal<FundFormProblem | null>(null);
  const set = (patch: Partial<FundFormFields>): void => {
    setFields({ ...fields(), ...patch });
    setProblem(null);
  };
  const problemText = (): string => {
    const current = problem();
    if (current === null) return '';
    if (current === 'paid-day-in-future') return t('funds.error.paid-day-in-future', { latest: formatDay(latestPaidDay(props.today)) });
    const key: MessageKey = current === 'invalid-day' ? 'funds.error.invalid-day' : current === 'missing-paid-day' ? 'funds.error.missing-paid-day' : amountProblemKey(current);
    return t(key);
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = interpretFundForm(fields(), props.today);
    if (!input.ok) return void setProblem(input.reason);
    if (editing !== undefined) {
      if (!session.report(updateFund(props.doc, editing.id, fundFormPatch(input.value), props.today, Date.now(), session.origin))) return;
      session.notices.show(t('funds.entry.changed'), 'info');
      return void props.onDone?.();
    }
    if (!session.report(recordFund(props.doc, input.value, props.today, Date.now(), session.origin))) return;
    session.notices.show(t('funds.entry.saved'), 'info');
    set({ amountText: '', counterparty: '', note: '' });
  };
  return (
    <form class="finance-form" onSubmit={save} aria-labelledby="fund-entry-title" novalidate>
      <h2 id="fund-entry-title">{t(editing === undefined ? 'funds.entry.title' : 'funds.entry.editTitle')}</h2>
      <Show when={props.gone}><p class="field-error finance-form__wide" role="alert">{t('funds.entry.gone')}</p></Show>
      <label>
        {t('funds.entry.direction')}
        <select class="input" value={fields().direction} onChange={(event) => set({ direction: event.currentTarget.value === 'payment' ? 'payment' : 'receipt' })}>
          <option value="receipt">{t('funds.direction.receipt')}</option>
          <option value="payment">{t('funds.direction.payment')}</option>
        </select>
      </label>
      <label>
        {t('funds.entry.status')}
        <select class="input" value={fields().status} onChange={(event) => set({ status: event.currentTarget.value === 'done' ? 'done' : 'planned' })}>
          <option value="planned">{t('funds.status.planned')}</option>
          <option value="done">{t('funds.status.done')}</option>
        </select>
      </label>
      <label>
        {t('funds.entry.amount')}
        <input ref={amountInput} class="input money-input" name="fund-amount" inputmode="decimal" autocomplete="off" value={fields().amountText} aria-invalid={problem() !== null} aria-describedby="fund-error" onInput={(event) => set({ amountText: event.currentTarget.value })} />
      </label>
      <label>
        {t('funds.entry.due')}
        <input class="input" type="date" value={fields().dueDay} onInput={(event) => set({ dueDay: event.currentTarget.value })} />
      </label>
      <Show when={fields().status === 'done'}>
        <label>
          {t('funds.entry.paid')}
          <input class="input" type="date" value={fields().paidDay} max={latestPaidDay(props.today)} onInput={(event) => set({ paidDay: event.currentTarget.value })} />
        </label>
      </Show>
      <label>
        {t('funds.entry.counterparty')}
        <input class="input" value={fields().counterparty} onInput={(event) => set({ counterparty: event.currentTarget.value })} />
      </label>
      <label class="finance-form__wide">
        {t('funds.entry.note')}
        <input class="input" value={fields().note} onInput={(event) => set({ note: event.currentTarget.value })} />
      </label>
      <span id="fund-error" class="field-error finance-form__wide" role="alert">{problemText()}</span>
      <Show when={editing !== undefined} fallback={<button type="submit" class="button button--primary">{t('funds.entry.save')}</button>}>
        <div class="button-group">
          <button type="submit" class="button button--primary">{t('funds.entry.saveChanges')}</button>
          <button type="button" class="button" onClick={() => props.onDone?.()}>{t('funds.entry.cancel')}</button>
        </div>
      </Show>
    </form>
  );
}
