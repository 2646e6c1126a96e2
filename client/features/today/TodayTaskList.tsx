// One list of the Today view (overdue, due today, …): each task with its project, due day and
// progress, and the one-tap actions (next progress step, done: the card moves to the last column).
import { For, Show } from 'solid-js';
import type { ProjectId } from '../../../shared/ids';
import { moveTask, updateTaskSchedule } from '../../../shared/schema';
import { formatRoute } from '../../app/routes';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import type { OpenProject } from './ProjectSource';
import { doneColumnFor, nextProgress } from './today-actions';
import type { TodayEntry } from './today-model';

export function TodayTaskList(props: { id: string; title: MessageKey; empty: string; entries: readonly TodayEntry[]; open: (id: ProjectId) => OpenProject | undefined }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const canEdit = (): boolean => workspace.permissions().canEdit;
  const step = (entry: TodayEntry, percent: number): void => {
    const open = props.open(entry.projectId);
    if (open) session.report(updateTaskSchedule(open.doc, entry.task.id, { percentComplete: percent }, Date.now(), session.origin));
  };
  const done = (entry: TodayEntry): void => {
    const open = props.open(entry.projectId);
    const column = open ? doneColumnFor(open.project.columns) : null;
    if (open && column !== null) session.report(moveTask(open.doc, entry.task.id, { columnId: column, index: Number.MAX_SAFE_INTEGER }, Date.now(), session.origin));
  };
  return (
    <section class="panel stack" aria-labelledby={`today-${props.id}`} data-testid={`today-${props.id}`}>
      <h2 id={`today-${props.id}`}>{t(props.title)}</h2>
      <Show when={props.entries.length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <ul class="stack">
          <For each={props.entries}>
            {(entry) => (
              <li class="stack" data-testid="today-item">
                <strong>{entry.task.title}</strong>
                <span class="muted small">
                  <a href={formatRoute({ kind: 'project', workspaceId: workspace.workspaceId, projectId: entry.projectId, cardId: entry.task.id })} aria-label={t('today.openBoard', { project: entry.projectName })}>{entry.projectName}</a>
                  <Show when={entry.task.dueDate}>{(due) => <> · {t('today.due', { day: due() })}</>}</Show>
                  {' · '}{t('today.progress', { percent: entry.task.percentComplete })}
                </span>
                <Show when={canEdit()}>
                  <div class="inline-form">
                    <Show when={nextProgress(entry.task)}>
                      {(percent) => <button type="button" class="button" aria-label={t('today.stepProgress', { title: entry.task.title, percent: percent() })} onClick={() => step(entry, percent())}>{t('today.stepProgressShort', { percent: percent() })}</button>}
                    </Show>
                    <Show when={props.open(entry.projectId) && doneColumnFor(props.open(entry.projectId)?.project.columns ?? []) !== null}>
                      <button type="button" class="button button--primary" aria-label={t('today.markDoneLabel', { title: entry.task.title })} onClick={() => done(entry)}>{t('today.markDone')}</button>
                    </Show>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
