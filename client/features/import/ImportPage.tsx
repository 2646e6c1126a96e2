// The import screen: choose or drop a file (read in a worker), check the column mapping (remembered
// per workspace on this device), look over the preview with every row's problems, confirm. The
// import is written in one transaction: the undo button takes all of it back.
import { Show, createMemo, createSignal } from 'solid-js';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import { applyMappingOverride, guessMapping } from '../../../shared/domain/import/column-mapping';
import { findHeader } from '../../../shared/domain/import/find-header';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport } from '../../../shared/domain/import/plan-import';
import type { ImportField } from '../../../shared/domain/import/sheet-types';
import type { ProjectId } from '../../../shared/ids';
import { projectRoom, readCalendarSettings, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore } from '../../sync/doc-store';
import { UndoButtons } from '../../ui/UndoButtons';
import { createUndo } from '../../undo/create-undo';
import { ExportButtons } from '../export/ExportButtons';
import { FilePicker } from './FilePicker';
import { countIssues, previewEntries } from './import-preview';
import { MappingEditor } from './MappingEditor';
import { parseRemembered, storageKey, toOverride, toRemembered } from './mapping-memory';
import { PreviewTable } from './PreviewTable';
import type { Workbook } from './read-workbook';
import './import.css';

export default function ImportPage(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(projectRoom(props.projectId));
  const records = createProjectStore(room.doc);
  const undo = createUndo(room.doc, 'project', session.origin);
  const [workbook, setWorkbook] = createSignal<Workbook | null>(null);
  const [sheetIndex, setSheetIndex] = createSignal(0);
  const [override, setOverride] = createSignal<Partial<Record<ImportField, number | null>>>({});
  const [dayOrder, setDayOrder] = createSignal<DayOrder>('month-first');
  /** 0-based header row the person picked; null = the one found. */
  const [headerPick, setHeaderPick] = createSignal<number | null>(null);
  const [done, setDone] = createSignal<string | null>(null);

  const sheet = createMemo(() => workbook()?.sheets[sheetIndex()]?.rows ?? []);
  const found = createMemo(() => findHeader(sheet()));
  const guess = createMemo(() => {
    const picked = headerPick();
    const auto = found();
    if (picked === null && auto !== null) return auto;
    const row = picked ?? 0;
    return { headerRow: row, ...guessMapping(sheet()[row] ?? []) };
  });
  const header = createMemo(() => sheet()[guess().headerRow] ?? []);
  const mapping = createMemo(() => applyMappingOverride(guess().mapping, override()));
  const parsed = createMemo(() => (mapping().title === undefined ? null : parseSchedule(sheet(), { headerRow: guess().headerRow, mapping: mapping(), dayOrder: dayOrder(), calendar: buildWorkingCalendar(readCalendarSettings(workspace.room.doc)) })));
  const plan = createMemo(() => {
    const result = parsed();
    void Object.keys(records.tasks).length; // re-plan when tasks change (an import, an undo, a teammate's edit)
    if (result === null) return null;
    const view = readProject(room.doc);
    const members = Object.values(workspace.records.members).map((member) => ({ id: member.id, name: member.name }));
    return planImport(result, { tasks: view.tasks, links: view.links }, { members });
  });
  const entries = createMemo(() => {
    const result = parsed();
    const current = plan();
    return result === null || current === null ? [] : previewEntries(result, current);
  });
  const problems = createMemo(() => countIssues(entries()));

  const onWorkbook = (next: Workbook): void => {
    setDone(null);
    setWorkbook(next);
    setSheetIndex(0);
    setHeaderPick(null);
    const rows = next.sheets[0]?.rows ?? [];
    const headerRow = findHeader(rows)?.headerRow ?? 0;
    setOverride(toOverride(parseRemembered(readStored(workspace.workspaceId)), rows[headerRow] ?? []));
  };
  const onMapping = (field: ImportField, column: number | null): void => {
    setOverride({ ...override(), [field]: column });
    writeStored(workspace.workspaceId, JSON.stringify(toRemembered(guess().mapping, mapping(), header())));
  };
  const confirm = (): void => {
    const current = plan();
    if (current === null) return;
    const result = applyImport(room.doc, current, { createdBy: session.identity().id, now: Date.now() }, session.origin);
    if (!session.report(result) || !result.ok) return;
    setDone(t('import.done', { added: result.value.created, changed: result.value.updated }));
  };
  const toWrite = () => (plan()?.counts.added ?? 0) + (plan()?.counts.changed ?? 0);
  const route = (kind: 'gantt' | 'project') => formatRoute({ kind, workspaceId: workspace.workspaceId, projectId: props.projectId });

  return (
    <>
      <AppHeader>
        <a class="icon-button" href={route('project')} aria-label={t('import.toBoard')} title={t('import.toBoard')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 18l-6-6 6-6" /></svg>
        </a>
        <h1 class="page-title">{workspace.records.projects[props.projectId]?.name ?? ''}</h1>
        <UndoButtons undo={undo} />
      </AppHeader>
      <main id="main" class="page stack import-page">
        <h2>{t('import.title')}</h2>
        <FilePicker onWorkbook={onWorkbook} />
        <ExportButtons
          projectDoc={room.doc}
          workspaceDoc={workspace.room.doc}
          projectName={workspace.records.projects[props.projectId]?.name ?? ''}
          memberNames={() => new Map(Object.values(workspace.records.members).map((member) => [member.id, member.name]))}
        />
        <Show when={done()}>
          {(text) => (
            <div class="import-done" role="status">
              <p>{text()}</p>
              <a class="button" href={route('gantt')}>{t('import.toGantt')}</a> <a class="button" href={route('project')}>{t('import.toBoard')}</a>
            </div>
          )}
        </Show>
        <Show when={workbook()}>
          {(current) => (
            <>
              <Show when={current().encoding === 'gbk'}><p class="import-warning" role="note">{t('import.encodingGbk')}</p></Show>
              <div class="import-options">
                <Show when={current().sheets.length > 1}>
                  <label>{t('import.sheet')} <select value={String(sheetIndex())} onChange={(event) => { setSheetIndex(Number(event.currentTarget.value)); setHeaderPick(null); setOverride({}); }}>
                    {current().sheets.map((entry, index) => <option value={String(index)}>{entry.name}</option>)}
                  </select></label>
                </Show>
                <label>{t('import.headerRow')} <input type="number" min="1" max={String(Math.min(sheet().length, 30))} value={String(guess().headerRow + 1)}
                  onChange={(event) => { const row = Math.trunc(Number(event.currentTarget.value)) - 1; if (row >= 0 && row < sheet().length) { setHeaderPick(row); setOverride({}); } }} /></label>
                <label>{t('import.dayOrder')} <select value={dayOrder()} onChange={(event) => setDayOrder(event.currentTarget.value === 'day-first' ? 'day-first' : 'month-first')}>
                  <option value="month-first">{t('import.dayOrder.month-first')}</option>
                  <option value="day-first">{t('import.dayOrder.day-first')}</option>
                </select></label>
              </div>
              <Show when={mapping().title === undefined}><p class="import-error" role="alert">{t('import.fail.no-header')}</p></Show>
              <MappingEditor header={header()} mapping={mapping()} confidence={guess().confidence} onChange={onMapping} />
              <Show when={plan()}>
                {(current) => (
                  <section class="stack" aria-live="polite">
                    <p class="import-summary" data-testid="import-summary">{t('import.summary', current().counts)}</p>
                    <Show when={current().counts.notInFile > 0}><p class="muted">{t('import.notInFileHint')}</p></Show>
                    <p class="import-problems" data-testid="import-problems">{t('import.problems', problems())}</p>
                    <Show when={current().unknownAssignees.length > 0}><p class="import-warning" role="note">{t('import.unknownPeople', { names: current().unknownAssignees.join('、') })}</p></Show>
                    <button type="button" class="button button--primary" disabled={toWrite() === 0 || !workspace.permissions().canEdit} onClick={confirm}>
                      {toWrite() === 0 ? t('import.confirmNothing') : t('import.confirm', { count: toWrite() })}
                    </button>
                    <PreviewTable entries={entries()} />
                  </section>
                )}
              </Show>
            </>
          )}
        </Show>
      </main>
    </>
  );
}

function readStored(workspaceId: string): string | null {
  try {
    return localStorage.getItem(storageKey(workspaceId));
  } catch {
    return null;
  }
}

function writeStored(workspaceId: string, value: string): void {
  try {
    localStorage.setItem(storageKey(workspaceId), value);
  } catch {
    // Private mode: the mapping holds for this import only.
  }
}
