// Importing a schedule: check the column mapping (remembered per workspace on this device), look over
// the preview with every row's problems, confirm. Parsing and planning run in the file's import worker
// (a 10,000-row sheet would hold the page for a few hundred ms): the page sends the sheet's choices and
// the project's tasks, shows the plan that comes back, and only writes it, in one transaction, so the
// undo button takes all of it back. The undo lives as long as the schedule kind is chosen, across files.
import { Show, createEffect, createMemo, createSignal, onCleanup, untrack } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { applyMappingOverride, guessMapping } from '../../../shared/domain/import/column-mapping';
import { findHeader } from '../../../shared/domain/import/find-header';
import type { DayOrder } from '../../../shared/domain/import/parse-date';
import type { ImportPlan } from '../../../shared/domain/import/plan-import';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/domain/import/sheet-types';
import type { ProjectId } from '../../../shared/ids';
import { localIsoDay } from '../../../shared/iso-day';
import { projectRoom, readCalendarSettings } from '../../../shared/schema';
import { applyImport } from '../../../shared/schema/import-commands';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore } from '../../sync/doc-store';
import { createUndo, type Undo } from '../../undo/create-undo';
import { toExistingLink, toRequestTask, type ScheduleAnalysis, type ScheduleRequest } from './analyse-schedule';
import { countIssues, previewEntries } from './import-preview';
import { makeLatestPlan } from './make-latest-plan';
import { MappingEditor } from './MappingEditor';
import { parseRemembered, readStoredMapping, storageKey, toOverride, toRemembered, writeStoredMapping } from './mapping-memory';
import type { OpenedFile } from './open-import-file';
import { PreviewTable } from './PreviewTable';
import { UnknownPeople, type UnknownPerson } from './UnknownPeople';
import { SheetOptions } from './SheetOptions';

export function ScheduleImport(props: { projectId: ProjectId; file: OpenedFile | null; onUndo: (undo: Undo) => void }) {
  const session = useSession();
  const room = useRoom(projectRoom(props.projectId));
  props.onUndo(createUndo(room.doc, 'project', session.origin));
  return <Show when={props.file} keyed>{(file) => <ScheduleSheet projectId={props.projectId} file={file} />}</Show>;
}

function ScheduleSheet(props: { projectId: ProjectId; file: OpenedFile }) {
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

  const workbook = props.file.workbook;
  const sheet = createMemo(() => workbook.sheets[sheetIndex()]?.rows ?? []);
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

  // What the person picked, as one comparable key: a plan answered for other choices is not confirmed.
  /** Names no member has that the person chose to skip; the others are kept on their tasks. */
  const [skipNames, setSkipNames] = createSignal<readonly string[]>([]);
  const choices = createMemo(() => (mapping().title === undefined ? null : JSON.stringify([sheetIndex(), guess().headerRow, mapping(), dayOrder(), skipNames()])));
  // Every change to the project (an import, an undo, a teammate's edit) asks for a new plan.
  const [version, setVersion] = createSignal(0);
  const bump = (): void => { setVersion(version() + 1); };
  room.doc.on('update', bump);
  onCleanup(() => room.doc.off('update', bump));
  interface Asked { readonly choices: string; readonly version: number }
  const [answered, setAnswered] = createSignal<{ readonly analysis: ScheduleAnalysis; readonly asked: Asked } | null>(null);
  const [planFailed, setPlanFailed] = createSignal(false);
  // The document version whose tasks and links this file's worker has: a plan asked for other
  // choices on the same version says 'as-before' instead of copying and sending them all again.
  let sentVersion: number | null = null;
  const planner = makeLatestPlan<Asked, ScheduleRequest, Awaited<ReturnType<OpenedFile['planSchedule']>>>(props.file.planSchedule, (result, asked) => {
    if (!result.ok) sentVersion = null;
    // the worker lost track of the records (it can't, but then): ask again, with them
    if (!result.ok && result.reason === 'no-project') return bump();
    setPlanFailed(!result.ok);
    if (result.ok) setAnswered({ analysis: result.value, asked });
  });
  onCleanup(planner.dispose);
  const members = createMemo(() => Object.values(workspace.records.members).map((member) => ({ id: member.id, name: member.name })));
  createEffect(() => {
    const picked = choices();
    const asked = { choices: picked ?? '', version: version() };
    if (picked === null) return;
    const request = { sheetIndex: sheetIndex(), headerRow: guess().headerRow, mapping: mapping(), dayOrder: dayOrder(), members: members(), skipNames: skipNames() };
    // the project's records are read (plain, from the store) only when the request is sent, and only
    // when the project changed since the last one sent
    untrack(() => planner.ask(asked, (): ScheduleRequest => {
      const current = version();
      const existing = sentVersion === current
        ? 'as-before'
        : { tasks: Object.values(unwrap(records.tasks)).map(toRequestTask), links: Object.values(unwrap(records.links)).map(toExistingLink) };
      sentVersion = current;
      return { ...request, calendar: readCalendarSettings(workspace.room.doc), existing, today: localIsoDay(Date.now(), new Date().getTimezoneOffset()) };
    }));
  });
  const shown = createMemo(() => (choices() === null ? null : answered()));
  const plan = () => shown()?.analysis.plan ?? null;
  // The document's version once this page's last import was written: a plan made before it is spent
  // (confirming it again would write its new tasks twice), so Import waits for the next plan.
  const [written, setWritten] = createSignal(0);
  /** The plan on screen was made for other choices, or before the last import: a new one is on its way. */
  const updating = () => {
    const current = shown();
    return choices() !== null && (current === null || current.asked.choices !== choices() || current.asked.version < written());
  };
  const entries = createMemo(() => {
    const current = shown();
    return current === null ? [] : previewEntries(current.analysis.parsed, current.analysis.plan);
  });
  const problems = createMemo(() => countIssues(entries()));

  const onMapping = (field: ImportField, column: number | null): void => {
    setOverride({ ...override(), [field]: column });
    writeStoredMapping(key, JSON.stringify(toRemembered(IMPORT_FIELDS, guess().mapping, mapping(), header())));
  };
  const [writing, setWriting] = createSignal<number | null>(null);
  const confirm = (): void => {
    const current = plan();
    if (current === null || updating() || writing() !== null) return;
    setWriting(current.counts.added + current.counts.changed);
    // The write is one transaction on this thread (a few hundred ms for 10,000 tasks): let the
    // "Writing…" line paint first. A hidden tab gets no animation frame, hence the timer as well.
    let started = false;
    const write = (): void => {
      if (started) return;
      started = true;
      setWriting(null);
      const result = applyImport(room.doc, current, { createdBy: session.identity().id, now: Date.now() }, session.origin);
      if (!session.report(result) || !result.ok) return;
      setWritten(version());
      setDone(t('import.done', { added: result.value.created, changed: result.value.updated }));
    };
    requestAnimationFrame(() => setTimeout(write, 0));
    setTimeout(write, 100);
  };
  const toWrite = () => (plan()?.counts.added ?? 0) + (plan()?.counts.changed ?? 0);
  const reading = () => choices() !== null && shown() === null && !planFailed();
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
      <SheetOptions workbook={workbook} sheetIndex={sheetIndex()} onSheet={(index) => { setSheetIndex(index); setHeaderPick(null); setOverride({}); }}
        headerRow={guess().headerRow} onHeaderRow={(row) => { setHeaderPick(row); setOverride({}); }} dayOrder={dayOrder()} onDayOrder={setDayOrder} />
      <Show when={mapping().title === undefined}><p class="import-error" role="alert">{t('import.fail.no-header')}</p></Show>
      <MappingEditor fields={IMPORT_FIELDS} label={(field) => t(`import.field.${field}`)} header={header()} mapping={mapping()} confidence={guess().confidence} onChange={onMapping} />
      <Show when={reading()}><p role="status">{t('import.planning')}</p></Show>
      <Show when={planFailed()}><p class="import-error" role="alert">{t('import.fail.plan')}</p></Show>
      <Show when={plan()}>
        {(current) => (
          <section class="stack" aria-live="polite" aria-busy={updating()}>
            <Show when={updating()}><p class="muted" role="status">{t('import.updating')}</p></Show>
            <p class="import-summary" data-testid="import-summary">{t('import.summary', current().counts)}</p>
            <Show when={current().counts.notInFile > 0}><p class="muted">{t('import.notInFileHint')}</p></Show>
            <p class="import-problems" data-testid="import-problems">{t('import.problems', problems())}</p>
            <Show when={current().unknownAssignees.length > 0}>
              <UnknownPeople people={unknownPeople(current())} skipped={skipNames()} inviteHref={workspace.permissions().canManageTeam ? formatRoute({ kind: 'team', workspaceId: workspace.workspaceId }) : null}
                onSkip={(name, skip) => setSkipNames(skip ? [...skipNames().filter((one) => one !== name), name] : skipNames().filter((one) => one !== name))} />
            </Show>
            <button type="button" class="button button--primary" disabled={toWrite() === 0 || updating() || writing() !== null || !workspace.permissions().canEdit} onClick={confirm}>
              {toWrite() === 0 ? t('import.confirmNothing') : t('import.confirm', { count: toWrite() })}
            </button>
            <Show when={writing()}>{(count) => <p role="status">{t('import.writing', { count: count() })}</p>}</Show>
            <PreviewTable entries={entries()} />
          </section>
        )}
      </Show>
    </>
  );
}

/** Each name no member has, with how many of the file's tasks name it. */
function unknownPeople(plan: ImportPlan): UnknownPerson[] {
  return plan.unknownAssignees.map((name) => ({ name, tasks: plan.rows.filter((row) => row.assigneeNames.includes(name)).length }));
}
