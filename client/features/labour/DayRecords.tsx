// The records of the chosen day with their amounts, each signed off (签证) with one tap. People who may
// write can edit or delete an unsigned record (delete after a confirm naming the worker and the day);
// a signed record says it is locked until unsigned, and one whose sign-off an offline edit voided says so.
// One deleted on another device while it was signed asks to be kept or deleted again (DeleteConflict).
import { For, Show } from 'solid-js';
import type * as Y from 'yjs';
import { labourAmount, type LabourRecord } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { formatFen } from '../../../shared/money-format';
import { deleteLabour, signLabour, unsignLabour } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { DeleteConflict } from './DeleteConflict';

export function DayRecords(props: {
  doc: Y.Doc; day: IsoDay; records: readonly LabourRecord[]; nameOf: (record: LabourRecord) => string;
  /** False for someone who may only read: the sign-off state is shown, not offered, and nothing can be changed. */
  canSign: boolean;
  /** Runs before each write (to make it its own undo step). */
  beforeWrite?: () => void;
  onEdit?: (record: LabourRecord) => void;
  onDeleted?: (record: LabourRecord) => void;
}) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const ofDay = (): LabourRecord[] => props.records.filter((record) => record.day === props.day);
  const workDone = (record: LabourRecord): string => {
    if (record.pay === 'piece-rate') return t('labour.pieceWork', { quantity: String(record.quantity), unit: record.pieceUnit ?? t('labour.units'), rate: formatFen(record.pieceRate, language()) });
    return record.timeUnit === 'hours' ? `${record.hours} ${t('labour.hours')}` : `${record.manDays} ${t('labour.manDays')}`;
  };
  const described = (record: LabourRecord) => ({ name: props.nameOf(record), day: formatDay(record.day), amount: formatFen(labourAmount(record), language()) });
  const toggle = (record: LabourRecord): void => {
    const now = Date.now();
    props.beforeWrite?.();
    session.report(record.signOff === 'signed'
      ? unsignLabour(props.doc, record.id, now, session.origin)
      : signLabour(props.doc, record.id, session.identity().id, now, session.origin));
  };
  const remove = (record: LabourRecord): void => {
    // a native confirm: works with keyboard and screen readers, and undo can still take a delete back
    if (!window.confirm(t('labour.records.deleteConfirm', described(record)))) return;
    props.beforeWrite?.();
    if (!session.report(deleteLabour(props.doc, record.id, session.identity().id, Date.now(), session.origin))) return;
    session.notices.show(t('labour.records.deleted', described(record)), 'info');
    props.onDeleted?.(record);
  };
  return (
    <section aria-label={t('labour.todayRecords', { day: formatDay(props.day) })}>
      <h2>{t('labour.todayRecords', { day: formatDay(props.day) })}</h2>
      <ul class="labour-records">
        <For each={ofDay()}>
          {(record) => (
            <li>
              <span>{props.nameOf(record)} · {workDone(record)}</span>
              <span class="money">{formatFen(labourAmount(record), language())}</span>
              <Show when={record.signOffVoided && record.deleteConflict === undefined}>
                <span class="labour-records__voided" role="note">{t('labour.records.voided')}</span>
              </Show>
              <Show when={record.deleteConflict} keyed>
                {(conflict) => <DeleteConflict doc={props.doc} record={record} conflict={conflict} canDecide={props.canSign} described={described(record)} beforeWrite={props.beforeWrite} />}
              </Show>
              <Show when={props.canSign && record.deleteConflict === undefined} fallback={<span>{record.signOff === 'signed' ? t('labour.signed') : t('labour.pending')}</span>}>
                <span class="labour-records__actions">
                  <button type="button" class="button" aria-pressed={record.signOff === 'signed'} onClick={() => toggle(record)}>
                    {record.signOff === 'signed' ? t('labour.signed') : t('labour.sign')}
                  </button>
                  <Show when={record.signOff !== 'signed'} fallback={<span class="labour-records__locked">{t('labour.records.locked')}</span>}>
                    <button type="button" class="button" aria-label={t('labour.records.editOne', described(record))} onClick={() => props.onEdit?.(record)}>{t('labour.records.edit')}</button>
                    <button type="button" class="button button--danger" aria-label={t('labour.records.deleteOne', described(record))} onClick={() => remove(record)}>{t('labour.records.delete')}</button>
                  </Show>
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
