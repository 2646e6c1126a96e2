// A project's board: header with presence and undo, filters, columns with cards, the card editor.
import { For, Show, createEffect, createMemo, createSignal, lazy, onCleanup } from 'solid-js';
import type { ColumnId, ProjectId, TaskId } from '../../../shared/ids';
import { localIsoDay } from '../../../shared/iso-day';
import { groupCardsByColumn } from '../../../shared/domain/board';
import { compareRanks } from '../../../shared/rank';
import { moveTask, projectRoom, type Task } from '../../../shared/schema';
import { AppHeader } from '../../app/AppHeader';
import { navigate } from '../../app/hash-route';
import { formatRoute } from '../../app/routes';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createPresence } from '../../presence/create-presence';
import { createProjectStore } from '../../sync/doc-store';
import { UndoButtons } from '../../ui/UndoButtons';
import { createUndo } from '../../undo/create-undo';
import { makeProjectHistoryLoader } from '../history/project-history-loader';
import { AddColumnForm } from './AddColumnForm';
import { BoardColumn } from './BoardColumn';
import { BoardContext, type BoardContextValue } from './board-context';
import { NO_FILTER, isFiltering, matchesFilter, type BoardFilter } from './board-filters';
import { TableExport } from '../costs/TableExport';
import { boardExportTable } from './board-export';
import { FilterBar } from './FilterBar';
import { PresenceBar } from './PresenceBar';
import { createCardHeights } from './card-heights';
import { keyboardDestination, toFullIndex, type VisibleDestination } from './card-moves';
import { indexAmongOthers } from './card-window';
import { createCardDrag, type PositionOf } from './create-card-drag';

const CardEditor = lazy(() => import('./CardEditor'));
/** "Today" moves at midnight; checking each minute is plenty for due-date highlights. */
const TODAY_REFRESH_MS = 60_000;

export default function BoardPage(props: { projectId: ProjectId; cardId?: TaskId | null }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(projectRoom(props.projectId));
  const records = createProjectStore(room.doc);
  const undo = createUndo(room.doc, 'project', session.origin);
  const presence = createPresence(room.provider.awareness, session.identity);
  const [filter, setFilter] = createSignal<BoardFilter>(NO_FILTER);
  const [editing, setEditing] = createSignal<TaskId | null>(null);
  /** The card that last had focus: kept built in its windowed column so focus is never lost. */
  const [focusedCard, setFocusedCard] = createSignal<TaskId | null>(null);
  // A link to one card (from the activity feed) opens it once it has loaded on this device.
  createEffect(() => {
    const wanted = props.cardId;
    if (wanted && records.tasks[wanted] !== undefined) setEditing(wanted);
  });
  const closeEditor = (): void => {
    setEditing(null);
    if (props.cardId) navigate({ kind: 'project', workspaceId: workspace.workspaceId, projectId: props.projectId }, { replace: true });
  };
  const [announcement, setAnnouncement] = createSignal('');
  const [today, setToday] = createSignal(todayIso());
  const timer = setInterval(() => setToday(todayIso()), TODAY_REFRESH_MS);
  onCleanup(() => clearInterval(timer));

  const columns = createMemo(() => Object.values(records.columns).sort((a, b) => compareRanks(a.rank, b.rank) || compareRanks(a.id, b.id)));
  const allCards = createMemo(() => groupCardsByColumn(columns(), Object.values(records.tasks)));
  const visibleCards = createMemo(() => {
    // Without a filter every card shows: no need to read each card's fields again.
    if (!isFiltering(filter())) return allCards();
    const visible = new Map<ColumnId, readonly Task[]>();
    for (const [columnId, cards] of allCards()) visible.set(columnId, cards.filter((card) => matchesFilter(card, filter(), today())));
    return visible;
  });
  const members = createMemo(() => new Map(Object.values(workspace.records.members).map((member) => [member.id as string, member])));
  const project = () => workspace.records.projects[props.projectId];

  const canEdit = (): boolean => workspace.permissions().canEdit;
  const moveCard = (taskId: TaskId, to: VisibleDestination): void => {
    if (!canEdit()) return;
    const visibleOthers = (visibleCards().get(to.columnId) ?? []).filter((card) => card.id !== taskId).map((card) => card.id);
    const allOthers = (allCards().get(to.columnId) ?? []).filter((card) => card.id !== taskId).map((card) => card.id);
    const index = toFullIndex(visibleOthers, allOthers, to.index);
    if (!session.report(moveTask(room.doc, taskId, { columnId: to.columnId, index }, Date.now(), session.origin))) return;
    const column = records.columns[to.columnId];
    setFocusedCard(taskId);
    setAnnouncement(t('board.moved', { title: records.tasks[taskId]?.title ?? '', column: column?.title ?? '', position: to.index + 1 }));
    // A card that changed column is a new element: give it focus back so keyboard moves can continue.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-task-id="${taskId}"] .card__open`)?.focus());
  };
  let boardElement: HTMLDivElement | undefined;
  const positionOf: PositionOf = (columnId, draggedId, beforeId) => {
    const ids = (visibleCards().get(columnId) ?? []).map((card) => card.id);
    if (beforeId === null) return ids.filter((id) => id !== draggedId).length;
    return Math.max(0, indexAmongOthers(ids, draggedId, beforeId));
  };
  const drag = createCardDrag(() => boardElement, moveCard, positionOf);
  const draggedCard = createMemo(() => drag.state()?.taskId ?? null);
  const keepRendered = createMemo<ReadonlySet<string>>(() => new Set([focusedCard(), draggedCard(), editing()].filter((id) => id !== null)));
  const onFocusIn = (event: FocusEvent): void => {
    const card = (event.target as Element).closest<HTMLElement>('[data-task-id]');
    if (card?.dataset.taskId !== undefined) setFocusedCard(card.dataset.taskId as TaskId);
  };

  const board: BoardContextValue = {
    doc: room.doc, room, records, columns, allCards, visibleCards, members, today, presence, drag, canEdit,
    cardHeights: createCardHeights(), keepRendered,
    historyLoader: makeProjectHistoryLoader(session, room, records),
    openCard: (taskId) => setEditing(taskId),
    moveCard,
    moveCardBy(taskId, direction) {
      const visibleBoard = { columnIds: columns().map((column) => column.id), cards: new Map([...visibleCards()].map(([id, cards]) => [id, cards.map((card) => card.id)])) };
      const destination = keyboardDestination(visibleBoard, taskId, direction);
      if (destination) moveCard(taskId, destination);
      else setAnnouncement(t('board.cannotMove'));
    },
  };

  return (
    <BoardContext.Provider value={board}>
      <AppHeader>
        <a class="icon-button" href={formatRoute({ kind: 'workspace', workspaceId: workspace.workspaceId })} aria-label={t('nav.back')} title={t('nav.back')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M15 18l-6-6 6-6" /></svg>
        </a>
        <h1 class="page-title">{project()?.name ?? ''}</h1>
        <a class="icon-button" href={formatRoute({ kind: 'activity', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('history.activityLink')} title={t('history.activityLink')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" /></svg>
        </a>
        <a class="icon-button" href={formatRoute({ kind: 'gantt', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('gantt.open')} title={t('gantt.open')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 6h9M8 12h10M6 18h7" /></svg>
        </a>
        <a class="icon-button" href={formatRoute({ kind: 'health', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('health.open')} title={t('health.open')}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M3 12h4l3-7 4 14 3-7h4" /></svg>
        </a>
        <Show when={workspace.permissions().canSeeFinance}>
          <a class="icon-button" href={formatRoute({ kind: 'labour', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('labour.open')} title={t('labour.open')}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="7" r="3" /><path d="M6 20v-2a6 6 0 0 1 12 0v2" /></svg>
          </a>
          <a class="icon-button" href={formatRoute({ kind: 'costs', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('costs.open')} title={t('costs.open')}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 20V10M10 20V4M16 20v-7M22 20H2" /></svg>
          </a>
          <a class="icon-button" href={formatRoute({ kind: 'funds', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('funds.open')} title={t('funds.open')}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><rect x="3" y="6" width="18" height="13" rx="2" /><path d="M3 10h18M16 15h2" /></svg>
          </a>
        </Show>
        <Show when={canEdit()}>
          <a class="icon-button" href={formatRoute({ kind: 'import', workspaceId: workspace.workspaceId, projectId: props.projectId })} aria-label={t('import.open')} title={t('import.open')}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M12 4v11M7 10l5 5 5-5M5 20h14" /></svg>
          </a>
        </Show>
        <PresenceBar />
        <Show when={canEdit()}>
          <UndoButtons undo={undo} />
        </Show>
      </AppHeader>
      <main id="main" class="board-page">
        <Show when={room.migration() === 'newer-than-app'}>
          <p class="banner banner--warning" role="alert">{t('update.newerDocument')}</p>
        </Show>
        <Show when={room.isLoaded() && project() === undefined && columns().length === 0}>
          <p class="banner">{t('board.notFound')}</p>
        </Show>
        <Show when={columns().length === 0 && Object.keys(records.tasks).length > 0}>
          <p class="banner banner--warning" role="status">{t('board.unplacedCards', { count: Object.keys(records.tasks).length })}</p>
        </Show>
        <FilterBar filter={filter()} onChange={setFilter} />
        <TableExport label={t('board.export')} fileName={`${project()?.name ?? ''} ${t('board.exportFile')}`.trim()} table={() => boardExportTable(columns(), visibleCards(), {
          headers: [t('card.column'), t('card.title'), t('card.assigneesLabel'), t('card.dueDate'), t('card.priority'), t('board.export.progress'), t('card.tags'), t('board.export.checklistDone'), t('board.export.checklistItems'), t('card.description')],
          priority: (priority) => t(`priority.${priority}`), nameOf: (id) => members().get(id)?.name ?? t('board.export.formerMember'),
        })} />
        <div class="board" ref={boardElement} role="region" aria-label={t('board.columns')} tabindex="-1" onFocusIn={onFocusIn}>
          <For each={columns()}>{(column, index) => <BoardColumn column={column} index={index()} columnCount={columns().length} />}</For>
          <Show when={canEdit()}>
            <AddColumnForm />
          </Show>
        </div>
        <p id="card-help" class="visually-hidden">{t('board.cardHelp')}</p>
        <div class="visually-hidden" aria-live="assertive" data-testid="board-announcer">{announcement()}</div>
      </main>
      <Show when={drag.state()}>
        {(state) => <div class="drag-ghost" style={{ transform: `translate(${state().x}px, ${state().y}px)` }} aria-hidden="true">{state().title}</div>}
      </Show>
      <Show when={editing()} keyed>
        {(taskId) => <CardEditor taskId={taskId} onClose={closeEditor} />}
      </Show>
    </BoardContext.Provider>
  );
}

function todayIso() {
  return localIsoDay(Date.now(), new Date().getTimezoneOffset());
}
