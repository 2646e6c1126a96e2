// The fields of a labour record, shared by the entry form and the record editor: day, worker, pay
// basis with its rate and quantity or time, overtime and the work done, and what is wrong in words.
import { For, Show, type JSX } from 'solid-js';
import { MAX_PIECE_UNIT_LENGTH, type Worker } from '../../../shared/domain/finance';
import { isIsoDay } from '../../../shared/iso-day';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { withWorker, type LabourFormError, type LabourFormFields } from './labour-entry';

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

export function LabourFields(props: {
  fields: LabourFormFields; workers: readonly Worker[]; error: LabourFormError | null;
  onChange: (patch: Partial<LabourFormFields>) => void;
  /** Tells the unit suggestions of two forms apart. */
  idPrefix: string;
  /** Shown right after the day (the entry form's "copy yesterday's crew"). */
  afterDay?: JSX.Element;
  /** Receives the day input, to focus it. */
  dayRef?: (input: HTMLInputElement) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<LabourFormFields>): void => props.onChange(patch);
  const piece = (): boolean => props.fields.pay === 'piece-rate';
  const unitsId = (): string => `${props.idPrefix}-piece-units`;
  return (
    <>
      <label>
        {t('labour.day')}
        <input ref={(input) => props.dayRef?.(input)} class="input" type="date" value={props.fields.day} onChange={(event) => isIsoDay(event.currentTarget.value) && set({ day: event.currentTarget.value })} />
      </label>
      {props.afterDay}
      <fieldset class="labour-workers" aria-label={t('labour.pickWorker')}>
        <legend>{t('labour.worker')}</legend>
        <Show when={props.workers.length > 0} fallback={<p>{t('labour.noWorkers')}</p>}>
          <For each={props.workers}>
            {(worker) => (
              <button type="button" class="button" aria-pressed={props.fields.workerId === worker.id} onClick={() => set(withWorker(props.fields, worker))}>
                {worker.name}
              </button>
            )}
          </For>
        </Show>
      </fieldset>
      <label>
        {t('labour.pay')}
        <select class="input" value={props.fields.pay} onChange={(event) => set({ pay: event.currentTarget.value === 'piece-rate' ? 'piece-rate' : 'day-rate' })}>
          <option value="day-rate">{t('labour.pay.dayRate')}</option>
          <option value="piece-rate">{t('labour.pay.pieceRate')}</option>
        </select>
      </label>
      <Show when={piece()}>
        <div class="labour-form__row">
          <label>
            {t('labour.pieceRate')}
            <input class="input" inputmode="decimal" value={props.fields.pieceRate} onInput={(event) => set({ pieceRate: event.currentTarget.value })} />
          </label>
          <label>
            {t('labour.quantity')}
            <input class="input" inputmode="decimal" value={props.fields.quantity} onInput={(event) => set({ quantity: event.currentTarget.value })} />
          </label>
        </div>
        <label>
          {t('labour.pieceUnit')}
          <input class="input" list={unitsId()} maxLength={MAX_PIECE_UNIT_LENGTH} autocomplete="off" value={props.fields.pieceUnit} onInput={(event) => set({ pieceUnit: event.currentTarget.value })} />
          <datalist id={unitsId()}>
            <For each={COMMON_PIECE_UNITS}>{(unit) => <option value={unit} />}</For>
          </datalist>
        </label>
      </Show>
      <div class="labour-form__row" hidden={piece()}>
        <label>
          {t('labour.timeUnit')}
          <select class="input" value={props.fields.timeUnit} onChange={(event) => set({ timeUnit: event.currentTarget.value === 'hours' ? 'hours' : 'man-days' })}>
            <option value="man-days">{t('labour.manDays')}</option>
            <option value="hours">{t('labour.hours')}</option>
          </select>
        </label>
        <label>
          {props.fields.timeUnit === 'hours' ? t('labour.hours') : t('labour.manDays')}
          <input class="input" inputmode="decimal" value={props.fields.time} onInput={(event) => set({ time: event.currentTarget.value })} />
        </label>
      </div>
      <label hidden={piece()}>
        {t('labour.dayRate')}
        <input class="input" inputmode="decimal" value={props.fields.dayRate} onInput={(event) => set({ dayRate: event.currentTarget.value })} />
      </label>
      <div class="labour-form__row">
        <label>
          {t('labour.overtimeHours')}
          <input class="input" inputmode="decimal" value={props.fields.overtimeHours} onInput={(event) => set({ overtimeHours: event.currentTarget.value })} />
        </label>
        <label>
          {t('labour.overtimeRate')}
          <input class="input" inputmode="decimal" value={props.fields.overtimeRate} onInput={(event) => set({ overtimeRate: event.currentTarget.value })} />
        </label>
      </div>
      <label>
        {t('labour.content')}
        <input class="input" maxLength={2000} value={props.fields.content} onInput={(event) => set({ content: event.currentTarget.value })} />
      </label>
      <Show when={props.error} keyed>
        {(reason) => <p role="alert" class="form-error">{t(ERROR_KEYS[reason])}</p>}
      </Show>
    </>
  );
}
