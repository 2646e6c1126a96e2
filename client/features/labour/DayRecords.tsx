// The records of the chosen day with their amounts, each signed off (签证) with one tap.
import { For, Show } from 'solid-js';
import type * as Y from 'yjs';
import { labourAmount, type LabourRecord, type Worker } from '../../../shared/domain/finance';
import type { IsoDay } from '../../../shared/iso-day';
import { formatFen } from '../../../shared/money-format';
import { signLabour, unsignLabour } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';

export function DayRecords(props: {
  doc: Y.Doc; day: IsoDay; records: readonly LabourRecord[]; workers: readonly Worker[];
  /** False for someone who may only read: the sign-off state is shown, not offered. */
  canSign: boolean;
  /** Runs before each write (to make it its own undo step). */
  beforeWrite?: () => void;
}) {
  const { t, language, formatDay } = useI18n();
  const session = useSession();
  const ofDay = (): LabourRecord[] => props.records.filter((record) => record.day === props.day);
  const nameOf = (record: LabourRecord): string => props.workers.find((worker) => worker.id === record.workerId)?.name ?? t('labour.unknownWorker');
  const workDone = (record: LabourRecord): string => {
    if (record.pay === 'piece-rate') return t('labour.pieceWork', { quantity: String(record.quantity), unit: record.pieceUnit ?? t('labour.units'), rate: formatFen(record.pieceRate, language()) });
    return record.timeUnit === 'hours' ? `${record.hours} ${t('labour.hours')}` : `${record.manDays} ${t('labour.manDays')}`;
  };
  const toggle = (record: LabourRecord): void => {
    const now = Date.now();
    props.beforeWrite?.();
    session.report(record.signOff === 'signed'
      ? unsignLabour(props.doc, record.id, now, session.origin)
      : signLabour(props.doc, record.id, session.identity().id, now, session.origin));
  };
  return (
    <section aria-label={t('labour.todayRecords', { day: formatDay(props.day) })}>
      <h2>{t('labour.todayRecords', { day: formatDay(props.day) })}</h2>
      <ul class="labour-records">
        <For each={ofDay()}>
          {(record) => (
            <li>
              <span>{nameOf(record)} · {workDone(record)}</span>
              <span class="money">{formatFen(labourAmount(record), language())}</span>
              <Show when={props.canSign} fallback={<span>{record.signOff === 'signed' ? t('labour.signed') : t('labour.pending')}</span>}>
                <button type="button" class="button" aria-pressed={record.signOff === 'signed'} onClick={() => toggle(record)}>
                  {record.signOff === 'signed' ? t('labour.signed') : t('labour.sign')}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
