// A card on the board: title, priority, tags, due date (overdue stands out), checklist progress,
// assignees (and names an import kept that are not members yet) and who else is editing it. Mouse
// drags the card, touch drags the handle, keyboard moves it with Alt+Arrow keys.
import { For, Show } from 'solid-js';
import type { Task } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { editorsOf } from '../../presence/presence';
import { Avatar } from '../../ui/Avatar';
import { useBoard } from './board-context';
import type { MoveDirection } from './card-moves';
import { dueStatus } from './due-status';

const ARROWS: Readonly<Record<string, MoveDirection>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function TaskCard(props: { task: Task }) {
  const { t, formatDay } = useI18n();
  const board = useBoard();
  const due = () => dueStatus(props.task.dueDate, board.today());
  const done = () => props.task.checklist.filter((item) => item.done).length;
  const assignees = () => props.task.assignees.map((id) => board.members().get(id)).filter((member) => member !== undefined);
  const editors = () => editorsOf(board.presence.peers(), props.task.id);
  const onKeyDown = (event: KeyboardEvent): void => {
    const direction = ARROWS[event.key];
    if (!event.altKey || direction === undefined || !board.canEdit()) return;
    event.preventDefault();
    board.moveCardBy(props.task.id, direction);
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (!board.canEdit()) return;
    // The mouse may grab the card anywhere; touch only by the handle, so swiping still scrolls.
    const onHandle = (event.target as Element).closest('.card__handle') !== null;
    if (event.pointerType !== 'mouse' && !onHandle) return;
    if (!onHandle && (event.target as Element).closest('button, a, input') !== null && !(event.target as Element).closest('.card__open')) return;
    board.drag.begin(event, props.task.id, props.task.title);
  };
  return (
    <article
      class={`card card--priority-${props.task.priority}`}
      classList={{ 'card--dragging': board.drag.isDragged(props.task.id), 'card--being-edited': editors().length > 0 }}
      data-task-id={props.task.id}
      data-testid="card"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    >
      <div class="card__top">
        <button
          type="button"
          class="card__open"
          aria-describedby={board.canEdit() ? 'card-help' : undefined}
          onClick={() => !board.drag.consumeClick() && board.openCard(props.task.id)}
        >
          {props.task.title}
        </button>
        <Show when={board.canEdit()}>
          <span class="card__handle" aria-hidden="true" title={t('board.dragHandle', { title: props.task.title })}>⠿</span>
        </Show>
      </div>
      <div class="card__meta">
        <Show when={props.task.priority !== 'normal'}>
          <span class={`chip chip--priority-${props.task.priority}`}>{t(`priority.${props.task.priority}`)}</span>
        </Show>
        <For each={props.task.tags}>{(tag) => <span class="chip">{tag}</span>}</For>
        <For each={props.task.pendingAssignees}>{(name) => <span class="chip chip--pending" data-testid="card-pending">{t('card.pendingName', { name })}</span>}</For>
        <Show when={props.task.dueDate}>
          {(day) => (
            <span class={`chip chip--due chip--due-${due()}`} data-testid="card-due">
              {due() === 'overdue' ? t('card.overdue', { date: formatDay(day()) }) : t('card.due', { date: formatDay(day()) })}
            </span>
          )}
        </Show>
        <Show when={props.task.checklist.length > 0}>
          <span class="chip tabular" classList={{ 'chip--complete': done() === props.task.checklist.length }} aria-label={t('card.checklist', { done: done(), total: props.task.checklist.length })}>
            ☑ {done()}/{props.task.checklist.length}
          </span>
        </Show>
      </div>
      <Show when={assignees().length > 0 || editors().length > 0}>
        <div class="card__people">
          <span class="avatar-stack" role="img" aria-label={t('card.assignees', { names: assignees().map((member) => member.name).join(', ') })}>
            <For each={assignees()}>{(member) => <Avatar name={member.name} color={member.color} size="small" decorative />}</For>
          </span>
          <For each={editors()}>
            {(peer) => (
              <span class="editing-marker" style={{ '--peer-color': peer.user.color }} data-testid="editing-marker">
                ✎ {t('board.editing', { name: peer.user.name })}
              </span>
            )}
          </For>
        </div>
      </Show>
    </article>
  );
}
