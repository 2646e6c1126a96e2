// The WBS table: one row per task in outline order, only the rows in view built. It is a grid for
// the keyboard (arrows, Home/End, PageUp/PageDown, Enter or F2 to edit, Alt+Shift+arrows to indent
// and outdent, Insert to add below); a double click or Enter edits a cell in place, and on a phone a
// row opens the edit sheet.
import { For, Index, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import type { Baseline } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ROW_HEIGHT_PX } from './bar-geometry';
import { useGantt } from './gantt-context';
import type { RowWindow } from './row-window';
import { scrollTopToReveal } from './row-window';
import { COLUMN_LABEL, EDITABLE_COLUMNS, columnWidth, type TableColumn } from './table-columns';
import { TableCell } from './TableCell';
import { tableKeyAction, type GridCell } from './table-navigation';

export function TaskTable(props: {
  columns: readonly TableColumn[]; window: RowWindow; slotIds: readonly (string | null)[]; slotOrder: readonly number[]; headerHeight: number; viewportRows: number; comparing: Baseline | null;
  scroller: () => HTMLElement | undefined;
}) {
  const { t } = useI18n();
  const gantt = useGantt();
  const [active, setActive] = createSignal<GridCell>({ row: 0, column: 1 });
  const [editing, setEditing] = createSignal<GridCell | null>(null);
  const slotIdPrefix = `gantt-slot-${createUniqueId()}`;
  const template = createMemo(() => props.columns.map((column) => `${columnWidth(column, gantt.narrow())}px`).join(' '));

  const focusCell = (cell: GridCell): void => {
    setActive(cell);
    const scroller = props.scroller();
    if (scroller) {
      const top = scrollTopToReveal({ scrollTop: scroller.scrollTop, viewportHeight: scroller.clientHeight - props.headerHeight, rowHeight: ROW_HEIGHT_PX, rowCount: gantt.rows().length, overscan: 0 }, cell.row);
      if (top !== null) scroller.scrollTop = top;
    }
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-cell="${cell.row}:${cell.column}"]`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (editing() !== null) return;
    const action = tableKeyAction({ rows: gantt.rows().length, columns: props.columns.length, pageRows: props.viewportRows }, active(), event);
    const rowId = (row: number): TaskId | null => (gantt.rows()[row]?.id as TaskId | undefined) ?? null;
    switch (action.kind) {
      case 'none': return;
      case 'focus': focusCell(action.cell); break;
      case 'edit': {
        const column = props.columns[action.cell.column];
        const id = rowId(action.cell.row);
        // a phone edits in the sheet; on a desktop a column without inline editing (the WBS code)
        // opens it too, for what only the sheet edits (links, their type and lag)
        if (id !== null && (gantt.narrow() || column === undefined || !EDITABLE_COLUMNS.has(column))) gantt.openSheet(id);
        else if (column !== undefined && gantt.canEdit()) setEditing(action.cell);
        break;
      }
      case 'indent': { const id = rowId(action.row); if (id) gantt.indent(id); break; }
      case 'outdent': { const id = rowId(action.row); if (id) gantt.outdent(id); break; }
      case 'add-below': gantt.addBelow(rowId(action.row)); break;
    }
    event.preventDefault();
  };

  return (
    <div class="gantt-table" role="grid" aria-label={t('gantt.table')} aria-rowcount={gantt.rows().length + 1} aria-colcount={props.columns.length} onKeyDown={onKeyDown}>
      <div class="gantt-table__head" role="row" aria-rowindex={1} style={{ height: `${props.headerHeight}px`, 'grid-template-columns': template() }}>
        <For each={props.columns}>{(column) => <div role="columnheader" class={`gantt-cell gantt-cell--${column}`}>{t(COLUMN_LABEL[column])}</div>}</For>
      </div>
      {/* recycled slots (row-slots.ts): a slot given another row keeps its elements and rewrites their text;
          aria-owns gives assistive technology the rows in their order, which the slots' order is not */}
      <div class="gantt-table__rows" role="rowgroup" style={{ height: `${props.window.totalHeight}px` }}
        aria-owns={props.slotOrder.map((slot) => `${slotIdPrefix}-${slot}`).join(' ')}>
        <Index each={props.slotIds}>
          {(slotId, slot) => (
            <Show when={slotId()}>
              {(id) => {
                const item = {
                  get row() { return gantt.rowById().get(id()) ?? { id: id(), depth: 0, hasChildren: false }; },
                  get index() { return gantt.rowIndex().get(id()) ?? 0; },
                };
                return (
                  <div id={`${slotIdPrefix}-${slot}`} class="gantt-row" role="row" aria-rowindex={item.index + 2} data-row-id={item.row.id}
                    classList={{ 'gantt-row--summary': item.row.hasChildren, 'gantt-row--critical': gantt.schedule.result().tasks.get(item.row.id)?.critical ?? false }}
                    style={{ transform: `translateY(${item.index * ROW_HEIGHT_PX}px)`, height: `${ROW_HEIGHT_PX}px`, 'grid-template-columns': template() }}>
                    <For each={props.columns}>
                      {(column, columnIndex) => (
                        <TableCell
                          row={item.row} rowIndex={item.index} column={column} columnIndex={columnIndex()}
                          active={active().row === item.index && active().column === columnIndex()}
                          editing={editing()?.row === item.index && editing()?.column === columnIndex()}
                          baseline={props.comparing}
                          onFocus={() => setActive({ row: item.index, column: columnIndex() })}
                          onStartEdit={() => {
                            if (gantt.narrow() || !EDITABLE_COLUMNS.has(column)) gantt.openSheet(item.row.id as TaskId);
                            else if (gantt.canEdit()) setEditing({ row: item.index, column: columnIndex() });
                          }}
                          onEndEdit={(moveDown) => {
                            setEditing(null);
                            focusCell(moveDown ? { row: Math.min(gantt.rows().length - 1, item.index + 1), column: columnIndex() } : { row: item.index, column: columnIndex() });
                          }}
                        />
                      )}
                    </For>
                  </div>
                );
              }}
            </Show>
          )}
        </Index>
      </div>
    </div>
  );
}
