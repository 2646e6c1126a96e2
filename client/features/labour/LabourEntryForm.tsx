// One-handed entry on a phone: tap a worker (the ones recorded lately come first), the day is today
// unless changed, one man-day unless changed, Save. "Copy yesterday's crew" fills a whole day at once.
import { For, Show, createSignal } from 'solid-js';
import type * as Y from 'yjs';
import { labourAmount, MAX_PIECE_UNIT_LENGTH, type LabourRecord, type Worker } from '../../../shared/domain/finance';
import { isIsoDay, type IsoDay } from '../../../shared/iso-day';
import { formatFen } from '../../../shared/money-format';
import { copyCrewFromDay, recordLabour } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { initialFields, toLabourInput, withWorker, yesterdayOf, type LabourFormError, type LabourFormFields } from './labour-entry';

const ERROR_KEYS: Readonly<Record<LabourFormError, MessageKey>> = {
  worker: 'failure.invalid-worker',
  time: 'labour.error.quantity',
  dayRate: 'labour.error.amount',
  pieceRate: 'labour.error.amount',
  quantity: 'labour.error.pieceQuantity',
  pieceUnit: 'labour.error.pieceUnit',
  overtimeHours: 'labour.error.quantity',
  overtimeRate: 'labour.error.amount',
};

/** Offered while typing a unit; any other text is fine too. */
const COMMON_PIECE_UNITS = ['个', '米', '㎡', 'm³', '吨', '件', '块', '根', '套'] as const;

export function LabourEntryForm(props: {
  doc: Y.Doc; today: IsoDay; workers: readonly Worker[]; records: readonly LabourRecord[]; onDay: (day: IsoDay) => void;
  /** Runs before each write (to make it its own undo step). */
  beforeWrite?: () => void;
}) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const [fields, setFields] = createSignal<LabourFormFields>(initialFields(props.today));
  const [error, setError] = createSignal<LabourFormError | null>(null);
  const set = (patch: Partial<LabourFormFields>): void => {
    setFields({ ...fields(), ...patch });
    setError(null);
    if (patch.day !== undefined) props.onDay(patch.day);
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = toLabourInput(fields(), props.workers);
    if (!input.ok) return void setError(input.reason);
    props.beforeWrite?.();
    const result = recordLabour(props.doc, input.value, session.identity().id, Date.now(), session.origin);
    if (!session.report(result)) return;
    const saved = props.records.find((record) => result.ok && record.id === result.value);
    const name = props.workers.find((worker) => worker.id === input.value.workerId)?.name ?? '';
    session.notices.show(t('labour.saved', { name, amount: saved ? formatFen(labourAmount(saved), language()) : '' }), 'info');
    set({ workerId: '', content: '' });
  };
  const copyYesterday = (): void => {
    const from = yesterdayOf(fields().day);
    props.beforeWrite?.();
    const result = copyCrewFromDay(props.doc, from, fields().day, session.identity().id, Date.now(), session.origin);
    if (session.report(result) && result.ok) session.notices.show(t('labour.copied', { count: String(result.value.length), day: formatDay(from) }), 'info');
  };
  return (
    <form class="labour-form" onSubmit={save} aria-label={t('labour.entry')}>
      <h2>{t('labour.entry')}</h2>
      <label>
        {t('labour.day')}
        <input class="input" type="date" value={fields().day} onChange={(event) => isIsoDay(event.currentTarget.value) && set({ day: event.currentTarget.value })} />
      </label>
      <button type="button" class="button" onClick={copyYesterday}>{t('labour.copyYesterday')}</button>
      <fieldset class="labour-workers" aria-label={t('labour.pickWorker')}>
        <legend>{t('labour.worker')}</legend>
        <Show when={props.workers.length > 0} fallback={<p>{t('labour.noWorkers')}</p>}>
          <For each={props.workers}>
            {(worker) => (
              <button type="button" class="button" aria-pressed={fields().workerId === worker.id} onClick={() => set(withWorker(fields(), worker))}>
                {worker.name}
              </button>
            )}
          </For>
        </Show>
      </fieldset>
      <label>
        {t('labour.pay')}
        <select class="input" value={fields().pay} onChange={(event) => set({ pay: event.currentTarget.value === 'piece-rate' ? 'piece-rate' : 'day-rate' })}>
          <option value="day-rate">{t('labour.pay.dayRate')}</option>
          <option value="piece-rate">{t('labour.pay.pieceRate')}</option>
        </select>
      </label>
      <Show when={fields().pay === 'piece-rate'}>
        <div class="labour-form__row">
          <label>
            {t('labour.pieceRate')}
            <input class="input" inputmode="decimal" value={fields().pieceRate} onInput={(event) => set({ pieceRate: event.currentTarget.value })} />
          </label>
          <label>
            {t('labour.quantity')}
            <input class="input" inputmode="decimal" value={fields().quantity} onInput={(event) => set({ quantity: event.currentTarget.value })} />
          </label>
        </div>
        <label>
          {t('labour.pieceUnit')}
          <input class="input" list="labour-piece-units" maxLength={MAX_PIECE_UNIT_LENGTH} autocomplete="off" value={fields().pieceUnit} onInput={(event) => set({ pieceUnit: event.currentTarget.value })} />
          <datalist id="labour-piece-units">
            <For each={COMMON_PIECE_UNITS}>{(unit) => <option value={unit} />}</For>
          </datalist>
        </label>
      </Show>
      <div class="labour-form__row" hidden={fields().pay === 'piece-rate'}>
        <label>
          {t('labour.timeUnit')}
          <select class="input" value={fields().timeUnit} onChange={(event) => set({ timeUnit: event.currentTarget.value === 'hours' ? 'hours' : 'man-days' })}>
            <option value="man-days">{t('labour.manDays')}</option>
            <option value="hours">{t('labour.hours')}</option>
          </select>
        </label>
        <label>
          {fields().timeUnit === 'hours' ? t('labour.hours') : t('labour.manDays')}
          <input class="input" inputmode="decimal" value={fields().time} onInput={(event) => set({ time: event.currentTarget.value })} />
        </label>
      </div>
      <label hidden={fields().pay === 'piece-rate'}>
        {t('labour.dayRate')}
        <input class="input" inputmode="decimal" value={fields().dayRate} onInput={(event) => set({ dayRate: event.currentTarget.value })} />
      </label>
      <div class="labour-form__row">
        <label>
          {t('labour.overtimeHours')}
          <input class="input" inputmode="decimal" value={fields().overtimeHours} onInput={(event) => set({ overtimeHours: event.currentTarget.value })} />
        </label>
        <label>
          {t('labour.overtimeRate')}
          <input class="input" inputmode="decimal" value={fields().overtimeRate} onInput={(event) => set({ overtimeRate: event.currentTarget.value })} />
        </label>
      </div>
      <label>
        {t('labour.content')}
        <input class="input" maxLength={2000} value={fields().content} onInput={(event) => set({ content: event.currentTarget.value })} />
      </label>
      <Show when={error()} keyed>
        {(reason) => <p role="alert" class="form-error">{t(ERROR_KEYS[reason])}</p>}
      </Show>
      <button type="submit" class="button button--primary">{t('labour.save')}</button>
    </form>
  );
}
