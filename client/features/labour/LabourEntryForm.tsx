// One-handed entry on a phone: tap a worker (the ones recorded lately come first), the day is today
// unless changed, one man-day unless changed, Save. "Copy yesterday's crew" fills a whole day at once.
import { createSignal } from 'solid-js';
import type * as Y from 'yjs';
import { labourAmount, type LabourRecord, type Worker } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { formatFen } from '../../../shared/money-format';
import { copyCrewFromDay, recordLabour } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { initialFields, toLabourInput, yesterdayOf, type LabourFormError, type LabourFormFields } from './labour-entry';
import { LabourFields } from './LabourFields';

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
      <LabourFields
        fields={fields()} workers={props.workers} error={error()} onChange={set} idPrefix="labour-entry"
        afterDay={<button type="button" class="button" onClick={copyYesterday}>{t('labour.copyYesterday')}</button>}
      />
      <button type="submit" class="button button--primary">{t('labour.save')}</button>
    </form>
  );
}
