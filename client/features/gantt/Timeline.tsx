// The table and the chart in one scroll area, so they scroll together: the table sticks to the left,
// the headers to the top. Only the rows in view (plus overscan) and the header cells, shading, bars
// and arrows over the days in view are built, so 10,000 tasks over years cost the same as 50; the
// rows are drawn in recycled slots (row-slots.ts), so scrolling mostly rewrites text.
import { Index, Show, batch, createEffect, createMemo, createSignal, on, onCleanup, onMount } from 'solid-js';
import type { Baseline } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ROW_HEIGHT_PX } from './bar-geometry';
import { ChartBars } from './ChartBars';
import { shadedSpans, visibleDays } from './calendar-shading';
import { useGantt } from './gantt-context';
import { headerCells } from './header-cells';
import { makeHeaderLabeller } from './header-labels';
import { rowWindow } from './row-window';
import { rowSlots, rowSlotsInView, slotCount, slotsInRowOrder } from './row-slots';
import { tableWidth, visibleColumns } from './table-columns';
import { TaskTable } from './TaskTable';
import { chartWidth, HEADER_BANDS, stepZoom, xOfIsoDay, type Zoom } from './timeline-scale';
import { createPinchZoom } from './create-pinch-zoom';

const HEADER_HEIGHT_PX = 48;
const OVERSCAN_ROWS = 8;
/** A scroll this long after a jump past the overscan (a sweep) fills the overscan's rows in. */
const JUMP_SETTLE_MS = 120;
/** Horizontal overscan in pixels either side of the view. */
const OVERSCAN_X_PX = 400;
/** Days shown before the day the chart opens on. */
const OPEN_MARGIN_DAYS = 3;

export function Timeline(props: { zoom: Zoom; onZoom: (zoom: Zoom) => void; comparing: Baseline | null }) {
  const { t, language } = useI18n();
  const gantt = useGantt();
  let scroller: HTMLDivElement | undefined;
  // vertical and horizontal scroll apart, so scrolling down never recomputes the header or shading
  const [top, setTop] = createSignal(0);
  const [left, setLeft] = createSignal(0);
  const [size, setSize] = createSignal({ width: 800, height: 600 }, { equals: (a, b) => a.width === b.width && a.height === b.height });
  // A scroll further than the overscan in one step fills only the rows in view (row-slots.ts); the
  // overscan follows when the scroll settles or slows down.
  const [jumping, setJumping] = createSignal(false);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(settleTimer));
  const measure = (): void => {
    if (!scroller) return;
    // Every read before any write: a signal set here rebuilds rows at once, and a read after that
    // would make the browser lay the whole chart out again, inside each scroll event.
    const { scrollTop, scrollLeft, clientWidth, clientHeight } = scroller;
    const jump = Math.abs(scrollTop - top()) > OVERSCAN_ROWS * ROW_HEIGHT_PX;
    clearTimeout(settleTimer);
    if (jump) settleTimer = setTimeout(() => setJumping(false), JUMP_SETTLE_MS);
    batch(() => {
      setJumping(jump);
      setTop(scrollTop);
      setLeft(scrollLeft);
      setSize({ width: clientWidth, height: clientHeight });
    });
  };
  onMount(() => {
    // open on today when the schedule spans it, else on the schedule's start or finish
    const result = gantt.schedule.result();
    const today = gantt.today();
    const focus = today < result.projectStart ? result.projectStart : today > result.projectFinish ? result.projectFinish : today;
    if (scroller) scroller.scrollLeft = Math.max(0, xOfIsoDay(gantt.scale(), focus) - OPEN_MARGIN_DAYS * gantt.scale().pxPerDay);
    measure();
    const observer = new ResizeObserver(measure);
    if (scroller) observer.observe(scroller);
    onCleanup(() => observer.disconnect());
  });
  createPinchZoom(() => scroller, (direction) => props.onZoom(stepZoom(props.zoom, direction)));

  const columns = createMemo(() => visibleColumns(gantt.narrow(), props.comparing !== null));
  const leftWidth = createMemo(() => tableWidth(columns(), gantt.narrow()));
  const rows = createMemo(() => rowWindow({
    scrollTop: top(), viewportHeight: size().height - HEADER_HEIGHT_PX, rowHeight: ROW_HEIGHT_PX, rowCount: gantt.rows().length, overscan: OVERSCAN_ROWS,
  }), undefined, { equals: (a, b) => a.first === b.first && a.end === b.end && a.totalHeight === b.totalHeight });
  const slots = createMemo(() => slotCount({ viewportHeight: size().height - HEADER_HEIGHT_PX, rowHeight: ROW_HEIGHT_PX, overscan: OVERSCAN_ROWS }));
  const inView = createMemo(() => rowWindow({
    scrollTop: top(), viewportHeight: size().height - HEADER_HEIGHT_PX, rowHeight: ROW_HEIGHT_PX, rowCount: gantt.rows().length, overscan: 0,
  }), undefined, { equals: (a, b) => a.first === b.first && a.end === b.end });
  const slotRows = createMemo((previous: readonly number[]) => {
    const target = rowSlots(rows(), slots(), gantt.rows().length);
    return jumping() ? rowSlotsInView(previous, target, inView(), gantt.rows().length) : target;
  }, [], { equals: (a, b) => a.length === b.length && a.every((row, slot) => row === b[slot]) });
  /** The task each row slot shows (null: none), shared by the table and the bars. */
  const slotIds = createMemo(() => {
    const all = gantt.rows();
    return slotRows().map((row) => (row < 0 ? null : all[row]?.id ?? null));
  });
  const slotOrder = createMemo(() => slotsInRowOrder(slotRows()));
  /** The rows whose links are drawn: in a jump, like the slots, only those in view. */
  const linkRows = createMemo(() => (jumping() ? inView() : rows()));
  const days = createMemo(() => visibleDays(gantt.scale(), left() - OVERSCAN_X_PX, size().width - leftWidth() + 2 * OVERSCAN_X_PX), undefined, { equals: (a, b) => a.first === b.first && a.last === b.last });
  const labeller = createMemo(() => makeHeaderLabeller(language()));
  const bands = createMemo(() => HEADER_BANDS[gantt.scale().zoom].map((unit) => headerCells(gantt.scale(), unit, days().first, days().last)));
  const shading = createMemo(() => shadedSpans(gantt.scale(), gantt.calendar(), days().first, days().last));
  const todayX = createMemo(() => xOfIsoDay(gantt.scale(), gantt.today()));
  const width = createMemo(() => chartWidth(gantt.scale()));

  // Keep the day at the view's left edge in place when the zoom changes.
  createEffect(on(gantt.scale, (scale, previous) => {
    if (!scroller || previous === undefined || scale.pxPerDay === previous.pxPerDay) return;
    const day = previous.originDay + scroller.scrollLeft / previous.pxPerDay;
    scroller.scrollLeft = (day - scale.originDay) * scale.pxPerDay;
    measure();
  }));

  return (
    <div class="gantt-scroller" ref={scroller} onScroll={measure} data-testid="gantt-scroller" style={{ '--gantt-table-width': `${leftWidth()}px` }}>
      <div class="gantt-canvas" style={{ width: `${leftWidth() + width()}px`, height: `${HEADER_HEIGHT_PX + rows().totalHeight}px` }}>
        <TaskTable columns={columns()} window={rows()} slotIds={slotIds()} slotOrder={slotOrder()} headerHeight={HEADER_HEIGHT_PX} viewportRows={Math.floor((size().height - HEADER_HEIGHT_PX) / ROW_HEIGHT_PX)} comparing={props.comparing} scroller={() => scroller} />
        <div class="gantt-chart" style={{ width: `${width()}px` }} data-zoom={gantt.scale().zoom} role="region" aria-label={t('gantt.timeline')}>
          <div class="gantt-chart__head" style={{ height: `${HEADER_HEIGHT_PX}px` }} aria-hidden="true">
            <Index each={bands()}>
              {(cells, band) => (
                <div class="gantt-band" data-band={band}>
                  <Index each={cells()}>
                    {(cell) => (
                      // a cell that starts left of the view shows its label at the view's edge
                      <div class="gantt-band__cell" style={{ transform: `translateX(${cell().x}px)`, width: `${cell().width}px`, 'padding-left': `${4 + Math.max(0, Math.min(cell().width - 40, left() - cell().x))}px` }}>
                        {labeller()(cell())}
                      </div>
                    )}
                  </Index>
                </div>
              )}
            </Index>
          </div>
          <svg class="gantt-chart__svg" width={width()} height={rows().totalHeight} data-testid="gantt-chart">
            <g class="gantt-shading" aria-hidden="true">
              <Index each={shading()}>{(span) => <rect class={`gantt-day gantt-day--${span().kind}`} x={span().x} y={0} width={span().width} height={rows().totalHeight} />}</Index>
            </g>
            <ChartBars window={linkRows()} slotIds={slotIds()} baseline={props.comparing} />
            <Show when={todayX() >= 0 && todayX() <= width()}>
              <line class="gantt-today" x1={todayX()} x2={todayX()} y1={0} y2={rows().totalHeight}><title>{t('gantt.today')}</title></line>
            </Show>
          </svg>
        </div>
      </div>
    </div>
  );
}
