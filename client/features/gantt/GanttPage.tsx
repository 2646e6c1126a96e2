// A project's schedule: the WBS table beside the timeline, the toolbar (zoom, 智能排程, baselines,
// forecast finish), the risk panel, the resource load and the edit sheet. Every edit goes through a schema command, so
// teammates see it live and undo takes it back; the schedule is recomputed from the records.
import { Show, createMemo, createSignal, onCleanup } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { wbsCodes } from '../../../shared/domain/schedule/wbs-codes';
import type { BaselineId, ProjectId, TaskId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import {
  addScheduleTask, indentTask, linkTasks, outdentTask, projectRoom, unlinkTasks, updateLink, updateTask, updateTaskSchedule,
  type Baseline,
} from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createProjectStore, type ProjectRecords } from '../../sync/doc-store';
import { UndoButtons } from '../../ui/UndoButtons';
import { createUndo } from '../../undo/create-undo';
import { chartRange } from './chart-range';
import { createFirstScreenWriter } from './create-first-screen';
import { createGanttPreview } from './create-gantt-preview';
import { createGanttSchedule, type GanttSchedule } from './create-gantt-schedule';
import { projectStartOf } from '../../../shared/domain/schedule/project-start';
import { createTransactionCount } from './create-transaction-count';
import { createWorkspaceCalendar } from './create-workspace-calendar';
import { schedulePatchFor } from './edit-patch';
import { GanttContext, type GanttContextValue } from './gantt-context';
import type { TaskEdit } from './task-edit';
import { GanttToolbar } from './GanttToolbar';
import { PresetGapNote } from './PresetGapNote';
import { outlineRows } from '../../../shared/domain/schedule/outline-rows';
import { ResourcePanel } from './ResourcePanel';
import { RiskPanel } from './RiskPanel';
import { TaskSheet } from './TaskSheet';
import { Timeline } from './Timeline';
import { makeScale, type Zoom } from './timeline-scale';
import './gantt.css';

const TODAY_REFRESH_MS = 60_000;
const NARROW_QUERY = '(max-width: 600px)';

export default function GanttPage(props: { projectId: ProjectId }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(projectRoom(props.projectId));
  const records = createProjectStore(room.doc, room.loaded);
  const undo = createUndo(room.doc, 'project', session.origin);
  const calendar = createWorkspaceCalendar(workspace.room.doc);
  const [today, setToday] = createSignal(todayIso());
  const timer = setInterval(() => setToday(todayIso()), TODAY_REFRESH_MS);
  onCleanup(() => clearInterval(timer));
  const media = matchMedia(NARROW_QUERY);
  const [narrow, setNarrow] = createSignal(media.matches);
  const onMedia = (): void => void setNarrow(media.matches);
  media.addEventListener('change', onMedia);
  onCleanup(() => media.removeEventListener('change', onMedia));

  const [zoom, setZoom] = createSignal<Zoom>('week');
  const [collapsed, setCollapsed] = createSignal<ReadonlySet<string>>(new Set());
  const [baselineId, setBaselineId] = createSignal<BaselineId | null>(null);
  const [sheet, setSheet] = createSignal<TaskId | null>(null);
  const [showRisks, setShowRisks] = createSignal(false);
  const [showLoad, setShowLoad] = createSignal(false);
  const [announcement, setAnnouncement] = createSignal('');

  const project = () => workspace.records.projects[props.projectId];
  // The schedule reads the store's plain objects, not its proxies (10,000 tasks read through proxies
  // cost tens of milliseconds per recompute); the end of a transaction, which comes after the store
  // has taken the change, tells it to read again. Both roots filled by one load are then one
  // recompute. Not the doc's `update` event: listening to it makes Yjs encode every transaction,
  // the whole loaded document included (~0.4 s for 10,000 tasks).
  const transactions = createTransactionCount(room.doc);
  // The store fills once the device copy has loaded, from its own `loaded` callback, which runs
  // before this one (callbacks of one promise run in order), with no transaction to count.
  const [filled, setFilled] = createSignal(false);
  void room.loaded.then(() => setFilled(true), () => setFilled(true));
  const version = (): unknown => [filled(), transactions()];
  // Until the live document holds the project, a first screen shows, read-only: the one kept from the
  // last visit, or on a device that keeps none, the relay's.
  const preview = createGanttPreview({ room, asker: session.access.session(), filled, version });
  const previewing = (): boolean => preview.source() !== null;
  const shown = (): ProjectRecords => preview.records() ?? records;
  const tasks = createMemo(() => (version(), Object.values(unwrap(shown().tasks))), undefined, { equals: false });
  const links = createMemo(() => (version(), Object.values(unwrap(shown().links))), undefined, { equals: false });
  const baselines = createMemo(() => Object.values(records.baselines).sort((a, b) => b.savedAt - a.savedAt));
  const baseline = createMemo<Baseline | null>(() => {
    const id = baselineId();
    return id === null ? null : (records.baselines[id] ?? null);
  });
  // the day the project was created, counted in China's days as the relay's first screen and the
  // metrics count it, so every device (whatever its zone) and the relay agree on the project's start
  const createdDay = createMemo(() => (project() === undefined ? today() : localIsoDay(project()?.createdAt ?? Date.now(), CHINA_TIME_ZONE_OFFSET_MINUTES)));
  const projectStart = createMemo(() => projectStartOf(tasks(), createdDay()));
  const liveSchedule = createGanttSchedule({ tasks, links, calendar, projectStart, baseline, today });
  // The first screen carries its schedule: its rows alone would schedule differently from the whole.
  const schedule: GanttSchedule = {
    input: liveSchedule.input,
    result: () => preview.screen()?.result ?? liveSchedule.result(),
    variance: () => (previewing() ? null : liveSchedule.variance()),
    risks: () => (previewing() ? null : liveSchedule.risks()),
  };
  const rows = createMemo(() => outlineRows(tasks(), collapsed()));
  const rowIndex = createMemo(() => new Map(rows().map((row, index) => [row.id, index])));
  const rowById = createMemo(() => new Map(rows().map((row) => [row.id, row])));
  const codes = createMemo(() => wbsCodes(tasks()));
  const scale = createMemo(() => {
    const result = schedule.result();
    const finishes: (IsoDay | null)[] = [result.projectStart, result.projectFinish, today(), schedule.risks()?.forecastFinish ?? null, baseline() === null ? null : schedule.variance()?.baselineFinish ?? null];
    const range = chartRange(finishes);
    return makeScale(zoom(), range.first, range.last);
  });
  const members = createMemo(() => new Map(Object.values(workspace.records.members).map((member) => [member.id as string, member])));
  const mayEdit = (): boolean => workspace.permissions().canEdit;
  const canEdit = (): boolean => mayEdit() && !previewing();
  createFirstScreenWriter({
    room: room.name, doc: room.doc, live: filled, version,
    openingRows: () => (collapsed().size === 0 ? rows() : outlineRows(tasks(), new Set())),
    result: liveSchedule.result,
  });
  const now = (): number => Date.now();

  const editTask = (id: TaskId, edit: TaskEdit): void => {
    if (!canEdit()) return;
    const task = records.tasks[id];
    const scheduled = schedule.result().tasks.get(id);
    if (task === undefined) return;
    if (edit.title !== undefined && edit.title !== task.title && !session.report(updateTask(room.doc, id, { title: edit.title }, now(), session.origin))) return;
    const patch = schedulePatchFor(task, scheduled, edit, calendar());
    if (Object.keys(patch).length > 0) session.report(updateTaskSchedule(room.doc, id, patch, now(), session.origin));
  };

  const gantt: GanttContextValue = {
    get records() {
      return shown();
    },
    schedule, calendar, rows, rowIndex, rowById, codes, scale, members, today, narrow, canEdit, collapsed,
    toggleCollapsed(id) {
      const next = new Set(collapsed());
      if (!next.delete(id)) next.add(id);
      setCollapsed(next);
    },
    task: (id) => shown().tasks[id],
    editTask,
    moveTask(id, start) {
      editTask(id, { start });
    },
    link(from, to, type) {
      if (!canEdit()) return;
      if (session.report(linkTasks(room.doc, { from, to, type, lag: 0 }, now(), session.origin))) {
        setAnnouncement(t('gantt.linked', { from: records.tasks[from]?.title ?? '', to: records.tasks[to]?.title ?? '', type }));
      }
    },
    unlink(id) {
      if (canEdit()) session.report(unlinkTasks(room.doc, id, session.origin));
    },
    updateLink(id, patch) {
      return canEdit() && session.report(updateLink(room.doc, id, patch, session.origin));
    },
    addBelow(after) {
      if (!canEdit()) return;
      const parentId = after === null ? null : (records.tasks[after]?.parentId ?? null);
      session.report(addScheduleTask(room.doc, { title: t('gantt.newTask'), parentId, after, createdBy: session.identity().id, now: now() }, session.origin));
    },
    indent(id) {
      if (canEdit()) session.report(indentTask(room.doc, id, now(), session.origin));
    },
    outdent(id) {
      if (canEdit()) session.report(outdentTask(room.doc, id, now(), session.origin));
    },
    openSheet: (id) => setSheet(id),
  };

  return (
    <GanttContext.Provider value={gantt}>
      <AppHeader>
        <a class="icon-button" href={formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('gantt.board')} title={t('gantt.board')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 18l-6-6 6-6" /></svg>
        </a>
        <h1 class="page-title">{project()?.name ?? t('gantt.title')}</h1>
        <Show when={canEdit()}>
          <UndoButtons undo={undo} />
        </Show>
      </AppHeader>
      <main id="main" class="gantt-page" aria-busy={previewing()} data-live={filled() && !previewing() ? 'true' : 'false'} data-preview={preview.source() ?? undefined}>
        <Show when={previewing()}>
          <p class="gantt-preview-note" role="status">{t(preview.source() === 'relay' ? 'gantt.previewFromRelay' : 'gantt.previewLoading')}</p>
        </Show>
        <Show when={room.migration() === 'newer-than-app'}>
          <p class="banner banner--warning" role="alert">{t('update.newerDocument')}</p>
        </Show>
        <Show when={!mayEdit()}>
          <p class="banner" role="status">{t('gantt.readOnly')}</p>
        </Show>
        <GanttToolbar
          zoom={zoom()} onZoom={setZoom}
          doc={room.doc} projectId={props.projectId} projectStart={projectStart()}
          baselines={baselines()} baselineId={baselineId()} onBaseline={setBaselineId}
          risksShown={showRisks()} onToggleRisks={() => setShowRisks(!showRisks())}
          loadShown={showLoad()} onToggleLoad={() => setShowLoad(!showLoad())}
          onAnnounce={setAnnouncement}
        />
        <Show when={schedule.result().cycles.length > 0}>
          <p class="banner banner--warning" role="status">{t('gantt.cycles', { tasks: schedule.result().cycles.map((cycle) => cycle.map((id) => records.tasks[id]?.title ?? id).join(' → ')).join('; ') })}</p>
        </Show>
        <PresetGapNote workspaceDoc={workspace.room.doc} />
        <div class="gantt-body">
          <Timeline onZoom={setZoom} zoom={zoom()} comparing={baseline()} />
          <Show when={showRisks()}>
            <RiskPanel onClose={() => setShowRisks(false)} />
          </Show>
        </div>
        <Show when={showLoad()}>
          <ResourcePanel onClose={() => setShowLoad(false)} />
        </Show>
        <Show when={rows().length === 0 && room.isLoaded()}>
          <p class="gantt-empty">{t('gantt.noTasks')}</p>
        </Show>
        <div class="visually-hidden" aria-live="polite" data-testid="gantt-announcer">{announcement()}</div>
      </main>
      <Show when={sheet()} keyed>
        {(taskId) => <TaskSheet taskId={taskId} onClose={() => setSheet(null)} />}
      </Show>
    </GanttContext.Provider>
  );
}

function todayIso(): IsoDay {
  return localIsoDay(Date.now(), new Date().getTimezoneOffset());
}

/** As `Date#getTimezoneOffset` for China (UTC+8); server/metrics/snapshot-figures.ts counts days the same. */
const CHINA_TIME_ZONE_OFFSET_MINUTES = -480;
