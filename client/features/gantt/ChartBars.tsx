// The bars, baseline bars and dependency arrows of the rows in view, and the drags on them: the body
// moves a task, the right edge resizes it, the round handles at either end draw a link to another
// bar (dropped on its left half: its start; right half: its finish). Moves and resizes are written
// as the pointer crosses each working day, so the schedule and teammates follow the drag live.
import { For, Index, Show, createMemo, createSignal } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import type { Baseline } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { barBox, baselineBox, type BarBox } from './bar-geometry';
import { interpretDrag, type DragOutcome, type DragStart, type DropTarget } from './drag-intent';
import { useGantt } from './gantt-context';
import { linkPath } from './link-path';
import { makeLinkWindow } from './link-window';
import type { RowWindow } from './row-window';

const HANDLE_RADIUS_PX = 5;
const HANDLE_GAP_PX = 9;
const RESIZE_GRIP_PX = 6;

interface ActiveDrag {
  readonly start: DragStart;
  readonly origin: BarBox;
  readonly pointer: { readonly x: number; readonly y: number };
  readonly written: DragOutcome;
}

export function ChartBars(props: { window: RowWindow; slotIds: readonly (string | null)[]; baseline: Baseline | null }) {
  const { t } = useI18n();
  const gantt = useGantt();
  const [drag, setDrag] = createSignal<ActiveDrag | null>(null);
  const rowOf = gantt.rowIndex;
  const indexOf = (id: string): number => rowOf().get(id) ?? 0;
  const boxOf = (id: string): BarBox | null => {
    const index = rowOf().get(id);
    const scheduled = gantt.schedule.result().tasks.get(id);
    return index === undefined || scheduled === undefined ? null : barBox(gantt.scale(), scheduled, index);
  };
  const links = createMemo(() => Object.values(gantt.records.links));
  /** Links with a row in view (or spanning it); the link records themselves, so scrolling keeps their elements. */
  const linkWindow = createMemo(() => makeLinkWindow(links(), rowOf()));
  const visibleLinks = createMemo(() => linkWindow().visible(props.window.first, props.window.end));

  let svg: SVGGElement | undefined;
  const chartPoint = (event: PointerEvent): { x: number; y: number } => {
    const rect = svg?.ownerSVGElement?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };
  const dropTarget = (event: PointerEvent): DropTarget | null => {
    const element = document.elementFromPoint(event.clientX, event.clientY)?.closest<SVGGElement>('[data-task-id]');
    const taskId = element?.dataset.taskId;
    if (taskId === undefined) return null;
    const box = boxOf(taskId);
    if (box === null) return null;
    return { taskId, end: chartPoint(event).x < box.x + box.width / 2 ? 'start' : 'finish' };
  };
  const apply = (outcome: DragOutcome): void => {
    if (outcome.kind === 'move') gantt.moveTask(outcome.taskId as TaskId, outcome.start);
    else if (outcome.kind === 'resize') gantt.editTask(outcome.taskId as TaskId, { duration: outcome.duration });
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (!gantt.canEdit() || event.button !== 0 || !event.isPrimary) return;
    const target = event.target as Element;
    const grip = target.closest<SVGElement>('[data-grip]')?.dataset.grip;
    const taskId = target.closest<SVGGElement>('[data-task-id]')?.dataset.taskId;
    const scheduled = taskId === undefined ? undefined : gantt.schedule.result().tasks.get(taskId);
    const origin = taskId === undefined ? null : boxOf(taskId);
    if (grip === undefined || taskId === undefined || scheduled === undefined || origin === null) return;
    const kind = grip === 'move' || grip === 'resize' ? { kind: grip } as const : { kind: 'link', end: grip === 'link-start' ? 'start' : 'finish' } as const;
    if (kind.kind !== 'link' && scheduled.isSummary) return;
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    const pointer = chartPoint(event);
    setDrag({ start: { taskId, grip: kind, start: scheduled.start, duration: scheduled.duration, pointerX: pointer.x }, origin, pointer, written: { kind: 'none' } });
  };
  const onPointerMove = (event: PointerEvent): void => {
    const active = drag();
    if (active === null) return;
    const pointer = chartPoint(event);
    const outcome = interpretDrag(gantt.scale(), gantt.calendar(), active.start, pointer.x, null);
    const changed = outcome.kind !== 'none' && JSON.stringify(outcome) !== JSON.stringify(active.written);
    if (changed) apply(outcome);
    setDrag({ ...active, pointer, written: changed ? outcome : active.written });
  };
  const onPointerUp = (event: PointerEvent): void => {
    const active = drag();
    setDrag(null);
    if (active === null) return;
    if (active.start.grip.kind !== 'link') return;
    const outcome = interpretDrag(gantt.scale(), gantt.calendar(), active.start, chartPoint(event).x, dropTarget(event));
    if (outcome.kind === 'link') gantt.link(outcome.from as TaskId, outcome.to as TaskId, outcome.type);
  };

  return (
    <g ref={svg} class="gantt-bars" classList={{ 'gantt-bars--dragging': drag() !== null }} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(null)}>
      <Show when={props.baseline}>
        {(baseline) => (
          <g class="gantt-baselines" aria-hidden="true">
            <Index each={props.slotIds}>
              {(item) => (
                <Show when={item() === null ? undefined : baseline().tasks[item() ?? '']}>
                  {(planned) => {
                    const box = () => baselineBox(gantt.scale(), planned(), indexOf(item() ?? ''));
                    return <rect class="gantt-baseline" x={box().x} y={box().y} width={box().width} height={box().height} />;
                  }}
                </Show>
              )}
            </Index>
          </g>
        )}
      </Show>
      <g class="gantt-links" aria-hidden="true">
        <For each={visibleLinks()}>
          {(link) => {
            const path = createMemo(() => {
              const a = boxOf(link.from);
              const b = boxOf(link.to);
              return a === null || b === null ? null : linkPath(link.type, a, b);
            });
            const critical = () => (gantt.schedule.result().tasks.get(link.from)?.critical ?? false) && (gantt.schedule.result().tasks.get(link.to)?.critical ?? false);
            return (
              <Show when={path()}>
                {(drawn) => (
                  <g class="gantt-link" classList={{ 'gantt-link--critical': critical() }} data-link-id={link.id}>
                    <path d={drawn().d} />
                    <path class="gantt-link__head" d={drawn().head} />
                  </g>
                )}
              </Show>
            );
          }}
        </For>
      </g>
      {/* one bar per recycled row slot (row-slots.ts): a slot given another task moves and relabels its bar */}
      <Index each={props.slotIds}>
        {(slot) => (
          <Show when={slot() === null ? undefined : gantt.schedule.result().tasks.get(slot() ?? '')}>
            {(scheduled) => {
              const item = (): string => scheduled().id;
              const box = createMemo(() => barBox(gantt.scale(), scheduled(), indexOf(item())));
              const title = () => gantt.task(item())?.title ?? '';
              return (
                // placed by one transform, so a slot given another row changes the fewest attributes
                <g class={`gantt-bar gantt-bar--${box().kind}`} classList={{ 'gantt-bar--critical': scheduled().critical }} data-task-id={item()}
                  transform={`translate(${box().x} ${box().y})`}
                  role="img" aria-label={t('gantt.bar', { name: title(), start: scheduled().start, finish: scheduled().finish })}>
                  <Show when={box().kind === 'milestone'} fallback={
                    <>
                      <rect class="gantt-bar__body" data-grip="move" x={0} y={0} width={box().width} height={box().height} rx={box().kind === 'summary' ? 0 : 3} />
                      <rect class="gantt-bar__progress" x={0} y={0} width={box().progressWidth} height={box().height} rx={3} pointer-events="none" />
                      <Show when={box().kind === 'task'}>
                        <rect class="gantt-bar__resize" data-grip="resize" x={box().width - RESIZE_GRIP_PX / 2} y={0} width={RESIZE_GRIP_PX} height={box().height} />
                      </Show>
                    </>
                  }>
                    <rect class="gantt-bar__body" data-grip="move" x={0} y={0} width={box().width} height={box().height} transform={`rotate(45 ${box().width / 2} ${box().height / 2})`} />
                  </Show>
                  <circle class="gantt-handle" data-grip="link-start" cx={-HANDLE_GAP_PX} cy={box().height / 2} r={HANDLE_RADIUS_PX} />
                  <circle class="gantt-handle" data-grip="link-finish" cx={box().width + HANDLE_GAP_PX} cy={box().height / 2} r={HANDLE_RADIUS_PX} />
                  <text class="gantt-bar__label" x={box().width + HANDLE_GAP_PX * 2 + 2} y={box().height / 2} dominant-baseline="middle" pointer-events="none">{title()}</text>
                </g>
              );
            }}
          </Show>
        )}
      </Index>
      <Show when={drag()?.start.grip.kind === 'link' ? drag() : null}>
        {(active) => {
          const from = (): number => {
            const grip = active().start.grip;
            return grip.kind === 'link' && grip.end === 'start' ? active().origin.x - HANDLE_GAP_PX : active().origin.x + active().origin.width + HANDLE_GAP_PX;
          };
          return <line class="gantt-link-draft" x1={from()} y1={active().origin.y + active().origin.height / 2} x2={active().pointer.x} y2={active().pointer.y} />;
        }}
      </Show>
    </g>
  );
}
