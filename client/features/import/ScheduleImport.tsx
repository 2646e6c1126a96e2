// Importing a schedule: check the column mapping (remembered per workspace on this device), look over
// the preview with every row's problems, confirm. The import is written in one transaction: the undo
// button takes all of it back. The undo lives as long as the schedule kind is chosen, across files.
import { Show, createMemo, createSignal } from 'solid-js';
import { buildWorkingCalendar } from '../../../shared/domain/calendar/build-working-calendar';
import { applyMappingOverride, guessMapping } from '../../../shared/domain/import/column-mapping';
import { findHeader } from '../../../shared/domain/import/find-header';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport } from '../../../shared/domain/import/plan-import';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/domain/import/sheet-types';
import type { ProjectId } from '../../../shared/ids';
import { projectRoom, readCalendarSettings, readProject } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore } from '../../sync/doc-store';
import { createUndo, type Undo } from '../../undo/create-undo';
import { countIssues, previewEntries } from './import-preview';
import { MappingEditor } from './MappingEditor';
import { parseRemembered, readStoredMapping, storageKey, toOverride, toRemembered, writeStoredMapping } from './mapping-memory';
import { PreviewTable } from './PreviewTable';
import type { Workbook } from './read-workbook';
import { SheetOptions } from './SheetOptions';

export function ScheduleImport(props: { projectId: ProjectId; workbook: Workbook | null; onUndo: (undo: Undo) => void }) {
  const session = useSession();
  const room = useRoom(projectRoom(props.projectId));
  props.onUndo(createUndo(room.doc, 'project', session.origin));
  return <Show when={props.workbook} keyed>{(workbook) => <ScheduleSheet projectId={props.projectId} workbook={workbook} />}</Show>;
}

function ScheduleSheet(props: { projectId: ProjectId; workbook: Workbook }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(projectRoom(props.projectId));
  const records = createProjectStore(room.doc);
  const key = storageKey(workspace.workspaceId);
  const [sheetIndex, setSheetIndex] = createSignal(0);
  const [dayOrder, setDayOrder] = createSignal<DayOrder>('month-first');
  /** 0-based header row the person picked; null = the one found. */
  const [headerPick, setHeaderPick] = createSignal<number | null>(null);
  const [done, setDone] = createSignal<string | null>(null);

  const sheet = createMemo(() => props.workbook.sheets[sheetIndex()]?.rows ?? []);
  const found = createMemo(() => findHeader(sheet()));
  const guess = createMemo(() => {
    const picked = headerPick();
    const auto = found();
    if (picked === null && auto !== null) return auto;
    const row = picked ?? 0;
    return { headerRow: row, ...guessMapping(sheet()[row] ?? []) };
  });
  const header = createMemo(() => sheet()[guess().headerRow] ?? []);
  // The remembered choices, applied to this file's header as found.
  const [override, setOverride] = createSignal<Partial<Record<ImportField, number | null>>>(
    toOverride(IMPORT_FIELDS, parseRemembered(IMPORT_FIELDS, readStoredMapping(key)), header()),
  );
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

  const onMapping = (field: ImportField, column: number | null): void => {
    setOverride({ ...override(), [field]: column });
    writeStoredMapping(key, JSON.stringify(toRemembered(IMPORT_FIELDS, guess().mapping, mapping(), header())));
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
      <Show when={done()}>
        {(text) => (
          <div class="import-done" role="status">
            <p>{text()}</p>
            <a class="button" href={route('gantt')}>{t('import.toGantt')}</a> <a class="button" href={route('project')}>{t('import.toBoard')}</a>
          </div>
        )}
      </Show>
      <SheetOptions workbook={props.workbook} sheetIndex={sheetIndex()} onSheet={(index) => { setSheetIndex(index); setHeaderPick(null); setOverride({}); }}
        headerRow={guess().headerRow} onHeaderRow={(row) => { setHeaderPick(row); setOverride({}); }} dayOrder={dayOrder()} onDayOrder={setDayOrder} />
      <Show when={mapping().title === undefined}><p class="import-error" role="alert">{t('import.fail.no-header')}</p></Show>
      <MappingEditor fields={IMPORT_FIELDS} label={(field) => t(`import.field.${field}`)} header={header()} mapping={mapping()} confidence={guess().confidence} onChange={onMapping} />
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
  );
}
