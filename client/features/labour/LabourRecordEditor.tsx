// The entry form's fields, filled with one unsigned record, to change it: Save changes writes only what
// was changed, as its own undo step. When a teammate deletes or signs the record while it is open, the
// form says so at once; Save is then refused by the command and nothing is written.
import { Show, createSignal, onMount } from 'solid-js';
import type * as Y from 'yjs';
import type { LabourRecord, Worker } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { formatFen } from '../../../shared/money-format';
import { updateLabour } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { toLabourInput, type LabourFormError, type LabourFormFields } from './labour-entry';
import { amountAfter, fieldsFromRecord, isEmptyPatch, labourEditPatch } from './labour-edit';
import { LabourFields } from './LabourFields';

export function LabourRecordEditor(props: {
  doc: Y.Doc;
  /** The record as it was when Edit was pressed. Not reactive: key the editor on it. */
  record: LabourRecord;
  /** The same record now: undefined once deleted, signed once someone signed it. */
  current: LabourRecord | undefined;
  workers: readonly Worker[]; nameOf: (record: LabourRecord) => string;
  onDone: () => void; onDay: (day: IsoDay) => void;
  /** Runs before the write (to make it its own undo step). */
  beforeWrite?: () => void;
}) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const before = props.record;
  const [fields, setFields] = createSignal<LabourFormFields>(fieldsFromRecord(before));
  const [error, setError] = createSignal<LabourFormError | null>(null);
  let dayInput: HTMLInputElement | undefined;
  onMount(() => {
    dayInput?.scrollIntoView({ block: 'center' });
    dayInput?.focus();
  });
  const set = (patch: Partial<LabourFormFields>): void => {
    setFields({ ...fields(), ...patch });
    setError(null);
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = toLabourInput(fields(), props.workers);
    if (!input.ok) return void setError(input.reason);
    const patch = labourEditPatch(before, input.value);
    if (isEmptyPatch(patch)) {
      session.notices.show(t('labour.edit.unchanged'), 'info');
      return props.onDone();
    }
    props.beforeWrite?.();
    if (!session.report(updateLabour(props.doc, before.id, patch, Date.now(), session.origin))) return;
    const after = { ...before, ...patch };
    session.notices.show(t('labour.edit.saved', { name: props.nameOf(after), amount: formatFen(amountAfter(before, patch), language()) }), 'info');
    props.onDay(after.day);
    props.onDone();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') props.onDone();
  };
  return (
    <form class="labour-form labour-form--editing" onSubmit={save} onKeyDown={onKeyDown} aria-label={t('labour.edit.title')}>
      <h2>{t('labour.edit.heading', { name: props.nameOf(before), day: formatDay(before.day) })}</h2>
      <Show when={props.current === undefined}>
        <p role="alert" class="form-error" data-testid="labour-edit-gone">{t('labour.edit.gone')}</p>
      </Show>
      <Show when={props.current?.signOff === 'signed'}>
        <p role="alert" class="form-error" data-testid="labour-edit-signed">{t('labour.edit.signed')}</p>
      </Show>
      <LabourFields fields={fields()} workers={props.workers} error={error()} onChange={set} idPrefix="labour-edit" dayRef={(input) => (dayInput = input)} />
      <div class="labour-form__actions">
        <button type="submit" class="button button--primary">{t('labour.edit.saveChanges')}</button>
        <button type="button" class="button" onClick={() => props.onDone()}>{t('labour.edit.cancel')}</button>
      </div>
    </form>
  );
}
