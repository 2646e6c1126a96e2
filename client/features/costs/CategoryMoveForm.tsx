// In a removed category's row: choose a shown category and move everything booked under the removed
// one there in one step (costs, budget lines, fund entries), after a confirm with the counts and amounts.
import { For, createSignal, createUniqueId } from 'solid-js';
import type { CostCategory } from '../../../shared/domain/finance';
import { useI18n } from '../../i18n/I18nProvider';

export function CategoryMoveForm(props: {
  from: CostCategory; targets: readonly CostCategory[];
  /** Asks, moves and returns '' when done, else the failure in words. */
  onMove: (to: CostCategory) => string; onClose: () => void;
}) {
  const { t } = useI18n();
  const [to, setTo] = createSignal('');
  const [error, setError] = createSignal('');
  const selectId = `category-move-${createUniqueId()}`;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const target = props.targets.find((category) => category.id === to());
    if (target === undefined) return void setError(t('failure.same-category'));
    const failure = props.onMove(target);
    if (failure === '') props.onClose();
    else setError(failure);
  };
  return (
    <form class="category-rename" onSubmit={submit} aria-label={t('costs.categories.moveOne', { name: props.from.name })}>
      <label for={selectId} class="visually-hidden">{t('costs.categories.moveTo', { name: props.from.name })}</label>
      <select id={selectId} class="input" value={to()} aria-invalid={error() !== ''} onChange={(event) => { setTo(event.currentTarget.value); setError(''); }}
        ref={(select) => queueMicrotask(() => select.focus())}
        onKeyDown={(event) => { if (event.key === 'Escape') { event.preventDefault(); props.onClose(); } }}>
        <option value="">{t('costs.categories.moveTo', { name: props.from.name })}</option>
        <For each={props.targets}>{(category) => <option value={category.id}>{category.name}</option>}</For>
      </select>
      <button type="submit" class="button button--small">{t('costs.categories.moveSubmit')}</button>
      <button type="button" class="button button--small" onClick={() => props.onClose()}>{t('costs.entry.cancel')}</button>
      <span role="alert" class="field-error">{error()}</span>
    </form>
  );
}
