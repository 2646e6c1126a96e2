// A project's day labour (点工): the entry form, the chosen day's records with sign-off, and what each
// worker is owed. Finance rooms open only for roles with finance access; others see why not.
import { Show, createMemo, createSignal } from 'solid-js';
import { recentWorkersFirst, workerBalances } from '../../../shared/domain/finance';
import type { ProjectId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { financeRoom, readFinance, readWorkers } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { useRoom } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { AddWorkerForm } from './AddWorkerForm';
import { createDocView } from './create-finance-view';
import { DayRecords } from './DayRecords';
import { LabourEntryForm } from './LabourEntryForm';
import { LabourExport } from './LabourExport';
import { workerSummaryTable } from './worker-summary-export';
import { WorkerSummaryTable } from './WorkerSummaryTable';
import './labour.css';

export default function LabourPage(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const workspace = useWorkspace();
  return (
    <>
      <AppHeader />
      <main id="main" class="labour-page">
        <h1 class="page-title">{t('labour.title')}</h1>
        <Show when={workspace.permissions().canSeeFinance} fallback={<p role="status">{t('labour.noAccess')}</p>}>
          <LabourCentre projectId={props.projectId} />
        </Show>
      </main>
    </>
  );
}

function LabourCentre(props: { projectId: ProjectId }) {
  const { t, language } = useI18n();
  const workspace = useWorkspace();
  const room = useRoom(financeRoom(props.projectId));
  const finance = createDocView(room.doc, (doc) => readFinance(doc, language() === 'en' ? 'en' : 'zh'));
  const workers = createDocView(workspace.room.doc, readWorkers);
  const today = todayIso();
  const [day, setDay] = createSignal<IsoDay>(today);
  const entryWorkers = createMemo(() => recentWorkersFirst(workers(), finance().labourRecords));
  const balances = createMemo(() => workerBalances(finance().labourRecords, finance().fundEntries));
  return (
    <>
      <LabourEntryForm doc={room.doc} today={today} workers={entryWorkers()} records={finance().labourRecords} onDay={setDay} />
      <DayRecords doc={room.doc} day={day()} records={finance().labourRecords} workers={workers()} />
      {/* focusable, so the wide table can be scrolled with the keyboard on a phone-sized screen */}
      <div class="labour-table-wrap" tabindex="0" role="region" aria-label={t('labour.summary')}>
        <WorkerSummaryTable balances={balances()} workers={workers()} />
      </div>
      <LabourExport fileName={t('labour.summary')} table={() => workerSummaryTable(balances(), workers(), {
        worker: t('labour.worker'), team: t('labour.team'), trade: t('labour.trade'), signed: t('labour.signedAmount'), pending: t('labour.pendingAmount'),
        paid: t('labour.paid'), owed: t('labour.owed'), total: t('labour.total'), unknownWorker: t('labour.unknownWorker'),
      })} />
      <AddWorkerForm workspaceDoc={workspace.room.doc} />
    </>
  );
}

function todayIso(): IsoDay {
  const now = Date.now();
  return localIsoDay(now, new Date(now).getTimezoneOffset());
}
