// The category and task pickers the cost entry form and the budget line form share.
import { For, Show } from 'solid-js';
import type { CategoryId, CostCategory } from '../../../shared/domain/finance';
import { useI18n } from '../../i18n/I18nProvider';

export interface TaskOption {
  readonly id: string;
  readonly title: string;
}

/** An entry edited in a removed category shows that category (marked removed) until another is chosen. */
export function CategorySelect(props: { categories: readonly CostCategory[]; removed?: readonly CostCategory[]; value: CategoryId; onChange: (id: CategoryId) => void; name?: string }) {
  const { t } = useI18n();
  const removedValue = (): CostCategory | undefined => (props.categories.some((category) => category.id === props.value) ? undefined : props.removed?.find((category) => category.id === props.value));
  return (
    <label>
      {t('costs.category')}
      <select class="input" name={props.name} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as CategoryId)}>
        <For each={props.categories}>{(category) => <option value={category.id}>{category.name}</option>}</For>
        <Show when={removedValue()}>{(category) => <option value={category().id}>{t('costs.categories.removed', { name: category().name })}</option>}</Show>
      </select>
    </label>
  );
}

/** '' is "no task". */
export function TaskSelect(props: { tasks: readonly TaskOption[]; value: string; onChange: (taskId: string) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('costs.entry.task')}
      <select class="input" value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="">{t('costs.budget.noTask')}</option>
        <For each={props.tasks}>{(task) => <option value={task.id}>{task.title}</option>}</For>
      </select>
    </label>
  );
}
