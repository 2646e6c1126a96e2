// Marking a planned receipt or payment paid asks for the day it happened: today unless changed, any
// past day, at most one day ahead (checkPaidDay). Shown in the entry's own row, focused when it opens.
import { Show, createSignal, onMount } from 'solid-js';
import type * as Y from 'yjs';
import { checkPaidDay, latestPaidDay, type FundEntry, type PaidDayProblem } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { markFundPaid } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';

export function MarkPaidForm(props: { doc: Y.Doc; entry: FundEntry; name: string; today: IsoDay; onDone: () => void }) {
  const { t, formatDay } = useI18n();
  const session = useSession();
  const [day, setDay] = createSignal<string>(props.today);
  const [problem, setProblem] = createSignal<PaidDayProblem | null>(null);
  let dayInput: HTMLInputElement | undefined;
  onMount(() => dayInput?.focus());
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const paid = checkPaidDay(day(), props.today);
    if (!paid.ok) return void setProblem(paid.reason);
    if (!session.report(markFundPaid(props.doc, props.entry.id, paid.value, props.today, Date.now(), session.origin))) return;
    session.notices.show(t('funds.paid.done', { name: props.name, day: formatDay(paid.value) }), 'info');
    props.onDone();
  };
  const problemText = (): string => {
    const current = problem();
    if (current === null) return '';
    return current === 'invalid-day' ? t('funds.error.invalid-day') : t('funds.error.paid-day-in-future', { latest: formatDay(latestPaidDay(props.today)) });
  };
  return (
    <form class="mark-paid" onSubmit={save} aria-label={t('funds.paid.form', { name: props.name })} novalidate onKeyDown={(event) => event.key === 'Escape' && props.onDone()}>
      <label>
        {t('funds.paid.day')}
        <input
          ref={dayInput} class="input" type="date" required value={day()} max={latestPaidDay(props.today)}
          aria-invalid={problem() !== null} onInput={(event) => { setDay(event.currentTarget.value); setProblem(null); }}
        />
      </label>
      <button type="submit" class="button button--small button--primary">{t('funds.paid.confirm')}</button>
      <button type="button" class="button button--small" onClick={() => props.onDone()}>{t('funds.entry.cancel')}</button>
      <Show when={problem() !== null}><span class="field-error" role="alert">{problemText()}</span></Show>
    </form>
  );
}
