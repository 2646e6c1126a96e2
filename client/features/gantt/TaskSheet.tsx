// The edit sheet for one task (full screen on a phone): name, start, duration, percent done and
// scheduling mode, its links (type and lag changed in place, each removable), plus indent, outdent and add below, which the table
// does by keyboard elsewhere.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import { useI18n } from '../../i18n/I18nProvider';
import { Modal } from '../../ui/Modal';
import { cellEdit } from './cell-edit';
import { LinkRow } from './LinkRow';
import { useGantt } from './gantt-context';
import type { TaskEdit } from './task-edit';

export function TaskSheet(props: { taskId: TaskId; onClose: () => void }) {
  const { t } = useI18n();
  const gantt = useGantt();
  const task = () => gantt.task(props.taskId);
  const scheduled = () => gantt.schedule.result().tasks.get(props.taskId);
  const [title, setTitle] = createSignal(task()?.title ?? '');
  const [start, setStart] = createSignal<string>(scheduled()?.start ?? '');
  const [duration, setDuration] = createSignal(String(scheduled()?.duration ?? 1));
  const [percent, setPercent] = createSignal(String(task()?.percentComplete ?? 0));
  const [mode, setMode] = createSignal(task()?.scheduleMode ?? 'auto');
  const links = createMemo(() => Object.values(gantt.records.links).filter((link) => link.from === props.taskId || link.to === props.taskId));
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const edits = [
      title() !== task()?.title ? cellEdit('name', title()) : null,
      start() !== scheduled()?.start ? cellEdit('start', start()) : null,
      Number(duration()) !== scheduled()?.duration ? cellEdit('duration', duration()) : null,
      Number(percent()) !== task()?.percentComplete ? cellEdit('percent', percent()) : null,
      mode() !== task()?.scheduleMode ? { scheduleMode: mode() } : null,
    ].filter((edit): edit is TaskEdit => edit !== null);
    if (edits.length > 0) gantt.editTask(props.taskId, Object.assign({}, ...edits) satisfies TaskEdit);
    props.onClose();
  };
  return (
    <Modal labelledBy="gantt-sheet-title" onClose={props.onClose} class="gantt-sheet">
      <form class="gantt-sheet__form" onSubmit={save}>
        <h2 id="gantt-sheet-title">{t('gantt.editTitle', { name: task()?.title ?? '' })}</h2>
        <label class="field">{t('gantt.col.name')}<input class="input" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} disabled={!gantt.canEdit()} /></label>
        <div class="field-row">
          <label class="field">{t('gantt.col.start')}<input class="input" type="date" value={start()} onInput={(e) => setStart(e.currentTarget.value)} disabled={!gantt.canEdit()} /></label>
          <label class="field">{t('gantt.col.duration')}<input class="input" type="number" min="0" max="3650" value={duration()} onInput={(e) => setDuration(e.currentTarget.value)} disabled={!gantt.canEdit()} /></label>
          <label class="field">{t('gantt.col.percent')}<input class="input" type="number" min="0" max="100" value={percent()} onInput={(e) => setPercent(e.currentTarget.value)} disabled={!gantt.canEdit()} /></label>
          <label class="field">{t('gantt.mode')}
            <select class="select" value={mode()} onChange={(e) => setMode(e.currentTarget.value === 'manual' ? 'manual' : 'auto')} disabled={!gantt.canEdit()}>
              <option value="auto">{t('gantt.mode.auto')}</option>
              <option value="manual">{t('gantt.mode.manual')}</option>
            </select>
          </label>
        </div>
        <Show when={scheduled()}>
          {(record) => <p class="gantt-sheet__facts">{t('gantt.col.finish')}: {record().finish} · {t('gantt.col.float')}: {t('gantt.days', { count: record().totalFloat })}{record().critical ? ` · ${t('gantt.critical')}` : ''}</p>}
        </Show>
        <Show when={links().length > 0}>
          <fieldset class="fieldset">
            <legend>{t('gantt.links')}</legend>
            <ul class="gantt-sheet__links">
              <For each={links()}>{(link) => <LinkRow link={link} />}</For>
            </ul>
          </fieldset>
        </Show>
        <div class="button-row button-row--end">
          <Show when={gantt.canEdit()}>
            <button type="button" class="button" onClick={() => gantt.outdent(props.taskId)}>{t('gantt.outdent')}</button>
            <button type="button" class="button" onClick={() => gantt.indent(props.taskId)}>{t('gantt.indent')}</button>
            <button type="button" class="button" onClick={() => { gantt.addBelow(props.taskId); props.onClose(); }}>{t('gantt.addBelow')}</button>
          </Show>
          <button type="button" class="button" onClick={() => props.onClose()}>{t('gantt.close')}</button>
          <Show when={gantt.canEdit()}>
            <button type="submit" class="button button--primary">{t('gantt.save')}</button>
          </Show>
        </div>
      </form>
    </Modal>
  );
}
