// The names an import kept on the card because no member had them (Task.pendingAssignees): each says
// it is not a member yet; once a member has that name (matched as the importer matches), Assign makes
// the card theirs and drops the name, in one step. Remove drops a name.
import { For, Show } from 'solid-js';
import { findMemberByName } from '../../../shared/domain/import/match-members';
import type { UserId } from '../../../shared/ids';
import type { Task, TaskPatch } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { useBoard } from './board-context';

export function PendingAssignees(props: { task: Task; onChange: (patch: Pick<TaskPatch, 'assignees' | 'pendingAssignees'>) => void }) {
  const { t } = useI18n();
  const board = useBoard();
  const without = (name: string): string[] => props.task.pendingAssignees.filter((one) => one !== name);
  const assign = (name: string, id: UserId): void => props.onChange({
    assignees: props.task.assignees.includes(id) ? [...props.task.assignees] : [...props.task.assignees, id], pendingAssignees: without(name),
  });
  return (
    <Show when={props.task.pendingAssignees.length > 0}>
      <div class="fieldset" role="group" aria-labelledby="pending-assignees-title" data-testid="pending-assignees">
        <p id="pending-assignees-title" class="small"><strong>{t('card.pending.title')}</strong></p>
        <ul class="stack">
          <For each={props.task.pendingAssignees}>
            {(name) => (
              <li>
                {t('card.pendingName', { name })}{' '}
                <Show when={findMemberByName(name, board.members().values())}>
                  {(member) => <button type="button" class="button button--small" onClick={() => assign(name, member().id)}>{t('card.pending.assign', { name: member().name })}</button>}
                </Show>{' '}
                <button type="button" class="button button--small" onClick={() => props.onChange({ pendingAssignees: without(name) })}>{t('card.pending.remove', { name })}</button>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
