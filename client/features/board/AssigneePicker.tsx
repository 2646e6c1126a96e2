// Picks a card's assignees from the workspace members.
import { For } from 'solid-js';
import type { UserId } from '../../../shared/ids';
import type { Task } from '../../../shared/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { Avatar } from '../../ui/Avatar';
import { useBoard } from './board-context';

export function AssigneePicker(props: { task: Task; onChange: (assignees: UserId[]) => void }) {
  const { t } = useI18n();
  const board = useBoard();
  const toggle = (id: UserId, on: boolean): void => {
    const others = props.task.assignees.filter((assignee) => assignee !== id);
    props.onChange(on ? [...others, id] : others);
  };
  return (
    <fieldset class="fieldset">
      <legend>{t('card.assigneesLabel')}</legend>
      <div class="choice-list">
        <For each={[...board.members().values()]}>
          {(member) => (
            <label class="choice">
              <input type="checkbox" checked={props.task.assignees.includes(member.id)} onChange={(event) => toggle(member.id, event.currentTarget.checked)} />
              <Avatar name={member.name} color={member.color} size="small" decorative />
              <span>{member.name}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}
