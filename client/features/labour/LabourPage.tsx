// A project's day labour (点工): the entry form (or the editor of one unsigned record), the chosen
// day's records with sign-off, edit and delete, what each worker is owed, exports, a link to import a
// sheet, and undo/redo of this person's own labour edits; the summary per worker, team, day, month or task. It shares the cost and
// funds centres' frame and finance-room setup; roles without finance access see why not.
import { Show, createMemo, createSignal } from 'solid-js';
import { recentWorkersFirst, workerBalances, type LabourRecord, type Worker } from '../../../shared/domain/finance';
import type { ProjectId } from '../../../shared/ids';
import type { IsoDay } from '../../../shared/iso-day';
import { projectRoom, readWorkers } from '../../../shared/schema';
import { formatRoute } from '../../app/routes';
import { useRoom } from '../../app/session';
import { createProjectStore } from '../../sync/doc-store';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { UndoButtons } from '../../ui/UndoButtons';
import { TableExport } from '../costs/TableExport';
import { WorkerRoster } from './WorkerRoster';
import { createFinanceRoom, todayIso } from '../costs/create-finance-room';
import { FinancePageFrame } from '../costs/FinancePageFrame';
import { NewerDocumentBanner } from '../costs/NewerDocumentBanner';
import { AddWorkerForm } from './AddWorkerForm';
import { createDocView } from './create-finance-view';
import { DayRecords } from './DayRecords';
import { DeleteDecisionsBanner } from './DeleteDecisionsBanner';
import { LabourEntryForm } from './LabourEntryForm';
import { LabourRecordEditor } from './LabourRecordEditor';
import { labourRecordsTable } from './labour-records-export';
import { LabourSummarySection } from './LabourSummarySection';
import './labour.css';

export default function LabourPage(props: { projectId: ProjectId }) {
  return (
    <FinancePageFrame projectId={props.projectId} title="labour.title" noAccess="labour.noAccess">
      <LabourCentre projectId={props.projectId} />
    </FinancePageFrame>
  );
}

function LabourCentre(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  const { room, finance, canEdit, newerThanApp, undo } = createFinanceRoom(props.projectId);
  const workers = createDocView(workspace.room.doc, readWorkers);
  // task titles for the summary by task (records point at tasks of the project room)
  const project = createProjectStore(useRoom(projectRoom(props.projectId)).doc);
  const today = todayIso();
  const [day, setDay] = createSignal<IsoDay>(today);
  const entryWorkers = createMemo(() => recentWorkersFirst(workers(), finance().labourRecords));
  const [editing, setEditing] = createSignal<LabourRecord | null>(null);
  const nameOf = (record: LabourRecord): string => workers().find((worker) => worker.id === record.workerId)?.name ?? t('labour.unknownWorker');
  // the edited record's worker stays choosable even if they were made inactive since
  const editorWorkers = (record: LabourRecord): Worker[] => {
    const own = workers().find((worker) => worker.id === record.workerId);
    return own === undefined || entryWorkers().includes(own) ? entryWorkers() : [own, ...entryWorkers()];
  };
  const importHref = () => formatRoute({ kind: 'import', workspaceId: workspace.workspaceId, projectId: props.projectId, sheet: 'labour' });
  const balances = createMemo(() => workerBalances(finance().labourRecords, finance().fundEntries));
  // every save and every sign-off is its own undo step, however quickly they follow each other
  const separateUndo = (): void => undo.separate();
  const recordsTable = () => labourRecordsTable(finance().labourRecords, workers(), {
    day: t('labour.day'), worker: t('labour.worker'), team: t('labour.team'), pay: t('labour.pay'), manDays: t('labour.manDays'), hours: t('labour.hours'),
    dayRate: t('labour.dayRate'), quantity: t('labour.quantity'), unit: t('labour.records.unit'), pieceRate: t('labour.pieceRate'),
    overtimeHours: t('labour.overtimeHours'), overtimeRate: t('labour.overtimeRate'), amount: t('labour.amount'), content: t('labour.content'),
    signOff: t('labour.records.signOff'), dayRatePay: t('labour.pay.dayRate'), pieceRatePay: t('labour.pay.pieceRate'),
    signed: t('labour.signed'), pending: t('labour.pending'), unknownWorker: t('labour.unknownWorker'),
  });
  return (
    <div class="labour-page">
      <NewerDocumentBanner when={newerThanApp()} />
      <DeleteDecisionsBanner records={finance().labourRecords} onDay={setDay} />
      <Show when={canEdit()} fallback={<p role="status">{t('costs.readOnly')}</p>}>
        <div class="labour-page__tools">
          <UndoButtons undo={undo} />
          <a class="button" href={importHref()}>{t('labour.import')}</a>
        </div>
        <Show when={editing()} keyed fallback={<LabourEntryForm doc={room.doc} today={today} workers={entryWorkers()} records={finance().labourRecords} onDay={setDay} beforeWrite={separateUndo} />}>
          {(record) => (
            <LabourRecordEditor
              doc={room.doc} record={record} current={finance().labourRecords.find((one) => one.id === record.id)} workers={editorWorkers(record)}
              nameOf={nameOf} onDone={() => setEditing(null)} onDay={setDay} beforeWrite={separateUndo}
            />
          )}
        </Show>
      </Show>
      <DayRecords
        doc={room.doc} day={day()} records={finance().labourRecords} nameOf={nameOf} canSign={canEdit()} beforeWrite={separateUndo}
        onEdit={setEditing} onDeleted={(record) => editing()?.id === record.id && setEditing(null)}
      />
      <LabourSummarySection records={finance().labourRecords} workers={workers()} balances={balances()} taskTitle={(id) => project.tasks[id]?.title} />
      <TableExport label={t('labour.records.all')} fileName={t('labour.records.export')} table={recordsTable} />
      <WorkerRoster workers={workers()} />
      <Show when={canEdit()}>
        <AddWorkerForm workspaceDoc={workspace.room.doc} />
      </Show>
    </div>
  );
}
