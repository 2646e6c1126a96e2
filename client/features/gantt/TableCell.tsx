// One cell of the task table: its value as text, or an input while it is edited in place (Enter
// saves and moves down, Escape cancels, leaving the cell saves).
import { Match, Show, Switch, createMemo, onMount } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import type { Baseline } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { useGantt } from './gantt-context';
import type { OutlineRow } from '../../../shared/domain/schedule/outline-rows';
import { cellEdit } from './cell-edit';
import { COLUMN_LABEL, type TableColumn } from './table-columns';

const INDENT_PX = 14;

export function TableCell(props: {
  row: OutlineRow; rowIndex: number; column: TableColumn; columnIndex: number; active: boolean; editing: boolean; baseline: Baseline | null;
  onFocus: () => void; onStartEdit: () => void; onEndEdit: (moveDown: boolean) => void;
}) {
  const { t, formatDay } = useI18n();
  const gantt = useGantt();
  const task = () => gantt.task(props.row.id);
  const scheduled = () => gantt.schedule.result().tasks.get(props.row.id);
  const text = createMemo((): string => {
    const record = scheduled();
    switch (props.column) {
      case 'wbs': return gantt.codes().get(props.row.id) ?? '';
      case 'name': return task()?.title ?? '';
      case 'duration': return record ? t('gantt.days', { count: record.duration }) : '';
      case 'start': return record ? formatDay(record.start) : '';
      case 'finish': return record ? formatDay(record.finish) : '';
      case 'percent': return record ? `${Math.round(record.percentComplete)}%` : '';
      case 'assignees': return [
        ...(task()?.assignees ?? []).map((id) => gantt.members().get(id)?.name ?? '').filter((name) => name !== ''),
        ...(task()?.pendingAssignees ?? []).map((name) => t('gantt.pendingName', { name })),
      ].join(', ');
      case 'float': return record && !record.isSummary ? t('gantt.days', { count: record.totalFloat }) : '';
      case 'variance': {
        const days = gantt.schedule.variance()?.tasks.get(props.row.id)?.finishVariance;
        return days === undefined ? '' : days > 0 ? `+${days}` : String(days);
      }
    }
  });
  const initial = (): string => {
    const record = scheduled();
    switch (props.column) {
      case 'duration': return String(record?.duration ?? 1);
      case 'start': return record?.start ?? '';
      case 'finish': return record?.finish ?? '';
      case 'percent': return String(task()?.percentComplete ?? 0);
      default: return task()?.title ?? '';
    }
  };
  const save = (value: string): void => {
    const edit = cellEdit(props.column, value);
    if (edit !== null) gantt.editTask(props.row.id as TaskId, edit);
  };

  return (
    <div role="gridcell" class={`gantt-cell gantt-cell--${props.column}`} tabindex={props.active ? 0 : -1} data-cell={`${props.rowIndex}:${props.columnIndex}`}
      aria-selected={props.active} onFocus={() => props.onFocus()} onDblClick={() => props.onStartEdit()}
      style={props.column === 'name' ? { 'padding-left': `${4 + props.row.depth * INDENT_PX}px` } : undefined}>
      <Show when={props.editing} fallback={
        <Switch fallback={<span class="gantt-cell__text">{text()}</span>}>
          <Match when={props.column === 'name' && props.row.hasChildren}>
            <button type="button" class="gantt-toggle" tabindex={-1} aria-expanded={!gantt.collapsed().has(props.row.id)}
              aria-label={t(gantt.collapsed().has(props.row.id) ? 'gantt.expand' : 'gantt.collapse', { name: text() })}
              onClick={() => gantt.toggleCollapsed(props.row.id)}>{gantt.collapsed().has(props.row.id) ? '▸' : '▾'}</button>
            <span class="gantt-cell__text">{text()}</span>
          </Match>
        </Switch>
      }>
        <CellEditor column={props.column} initial={initial()} label={t(COLUMN_LABEL[props.column])} onSave={save} onEnd={(moveDown) => props.onEndEdit(moveDown)} />
      </Show>
    </div>
  );
}

function CellEditor(props: { column: TableColumn; initial: string; label: string; onSave: (value: string) => void; onEnd: (moveDown: boolean) => void }) {
  let input: HTMLInputElement | undefined;
  let done = false;
  const finish = (commit: boolean, moveDown: boolean): void => {
    if (done) return;
    done = true;
    if (commit && input) props.onSave(input.value);
    props.onEnd(moveDown);
  };
  onMount(() => {
    input?.focus();
    input?.select();
  });
  return (
    <input ref={input} class="gantt-cell__input" value={props.initial} aria-label={props.label}
      type={props.column === 'start' || props.column === 'finish' ? 'date' : props.column === 'name' ? 'text' : 'number'}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true, true);
        if (event.key === 'Escape') finish(false, false);
      }}
      onBlur={() => finish(true, false)} />
  );
}
