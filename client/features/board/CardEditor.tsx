// The card editor dialog. Every field writes through a named command when the person finishes with
// it; while a field has focus, a teammate's change to it doesn't yank the text from under the cursor.
// For a viewer every field sits in a disabled fieldset: the same view, read-only.
import { Show, createEffect, onCleanup, onMount } from 'solid-js';
import type { TaskId } from '../../../shared/ids';
import { isIsoDay } from '../../../shared/iso-day';
import { deleteTask, isPriority, moveTask, PRIORITIES, updateTask, type Task, type TaskPatch } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { Modal } from '../../ui/Modal';
import { AssigneePicker } from './AssigneePicker';
import { PendingAssignees } from './PendingAssignees';
import { useBoard } from './board-context';
import { CardHistory } from './CardHistory';
import { ChecklistEditor } from './ChecklistEditor';
import { CommentList } from './CommentList';
import { TagEditor } from './TagEditor';

/** Long descriptions are saved while typing, in pauses, so a closed tab loses at most this much. */
const DESCRIPTION_SAVE_DELAY_MS = 600;

export default function CardEditor(props: { taskId: TaskId; onClose: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const board = useBoard();
  const task = (): Task | undefined => board.records.tasks[props.taskId];
  const update = (patch: TaskPatch): boolean => board.canEdit() && session.report(updateTask(board.doc, props.taskId, patch, Date.now(), session.origin));
  onMount(() => board.presence.setEditing(props.taskId));
  onCleanup(() => board.presence.setEditing(null));

  let descriptionTimer: ReturnType<typeof setTimeout> | undefined;
  let description: HTMLTextAreaElement | undefined;
  const saveDescription = (): void => {
    clearTimeout(descriptionTimer);
    const current = task();
    if (description && current && description.value !== current.description) update({ description: description.value });
  };
  onCleanup(saveDescription);
  createEffect(() => {
    const text = task()?.description ?? '';
    if (description && document.activeElement !== description) description.value = text;
  });

  const remove = (): void => {
    if (!confirm(t('card.confirmDelete'))) return;
    if (session.report(deleteTask(board.doc, props.taskId, session.origin))) props.onClose();
  };
  return (
    <Modal labelledBy="card-editor-title" onClose={props.onClose} class="card-editor">
      <div class="card-editor__head">
        <h2 id="card-editor-title">{t('card.editorTitle')}</h2>
        <button type="button" class="icon-button" aria-label={t('card.close')} onClick={props.onClose}>×</button>
      </div>
      <Show when={task()} fallback={<p role="alert">{t('card.gone')}</p>}>
        {(current) => (
          <div class="stack">
            <fieldset class="card-editor__fields stack" disabled={!board.canEdit()}>
              <label class="field">
                <span>{t('card.title')}</span>
                <input class="input" maxLength={500} value={current().title} onChange={(event) => update({ title: event.currentTarget.value })} />
              </label>
              <div class="field-row">
                <label class="field">
                  <span>{t('card.column')}</span>
                  <select class="select" value={current().columnId ?? ''} onChange={(event) => {
                    const column = board.columns().find((candidate) => candidate.id === event.currentTarget.value);
                    if (column) session.report(moveTask(board.doc, props.taskId, { columnId: column.id, index: Number.MAX_SAFE_INTEGER }, Date.now(), session.origin));
                  }}>
                    {board.columns().map((column) => <option value={column.id}>{column.title}</option>)}
                  </select>
                </label>
                <label class="field">
                  <span>{t('card.priority')}</span>
                  <select class="select" value={current().priority} onChange={(event) => {
                    const value = event.currentTarget.value;
                    if (isPriority(value)) update({ priority: value });
                  }}>
                    {PRIORITIES.map((priority) => <option value={priority}>{t(`priority.${priority}`)}</option>)}
                  </select>
                </label>
                <label class="field">
                  <span>{t('card.dueDate')}</span>
                  <input class="input" type="date" value={current().dueDate ?? ''} onChange={(event) => {
                    const value = event.currentTarget.value;
                    update({ dueDate: value === '' ? null : isIsoDay(value) ? value : current().dueDate });
                  }} />
                </label>
              </div>
              <label class="field">
                <span>{t('card.description')}</span>
                <textarea
                  ref={description}
                  class="input textarea"
                  rows={5}
                  onInput={() => {
                    clearTimeout(descriptionTimer);
                    descriptionTimer = setTimeout(saveDescription, DESCRIPTION_SAVE_DELAY_MS);
                  }}
                  onBlur={saveDescription}
                />
              </label>
              <AssigneePicker task={current()} onChange={(assignees) => update({ assignees })} />
              <PendingAssignees task={current()} onChange={update} />
              <TagEditor tags={current().tags} onChange={(tags) => update({ tags })} />
              <ChecklistEditor task={current()} />
              <CommentList taskId={props.taskId} />
            </fieldset>
            <CardHistory taskId={props.taskId} />
            <div class="button-row button-row--end">
              <Show when={board.canEdit()}>
                <button type="button" class="button button--danger" onClick={remove}>{t('card.delete')}</button>
              </Show>
              <button type="button" class="button button--primary" onClick={props.onClose}>{t('card.close')}</button>
            </div>
          </div>
        )}
      </Show>
    </Modal>
  );
}
