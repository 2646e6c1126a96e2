// Filters by assignee, tag and due date; the count of shown cards tells when filters hide some.
import { For, Show } from 'solid-js';
import { isId } from '../../../shared/ids';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { DUE_FILTERS, NO_FILTER, isDueFilter, isFiltering, tagsInUse, type BoardFilter, type DueFilter } from './board-filters';
import { useBoard } from './board-context';

const DUE_LABELS: Readonly<Record<DueFilter, MessageKey>> = {
  any: 'filter.any', overdue: 'filter.overdue', today: 'filter.today', week: 'filter.week', none: 'filter.noDue',
};

export function FilterBar(props: { filter: BoardFilter; onChange: (filter: BoardFilter) => void }) {
  const { t } = useI18n();
  const board = useBoard();
  const tags = () => tagsInUse(Object.values(board.records.tasks));
  const count = (cards: ReadonlyMap<string, readonly unknown[]>) => [...cards.values()].reduce((sum, list) => sum + list.length, 0);
  const set = (patch: Partial<BoardFilter>): void => props.onChange({ ...props.filter, ...patch });
  return (
    <section class="filter-bar" aria-label={t('filter.label')}>
      <label class="field field--inline">
        <span>{t('filter.assignee')}</span>
        <select class="select select--compact" value={props.filter.assignee ?? ''} onChange={(event) => {
          const value = event.currentTarget.value;
          set({ assignee: isId<'user'>(value) ? value : null });
        }}>
          <option value="">{t('filter.any')}</option>
          <For each={[...board.members().values()]}>{(member) => <option value={member.id}>{member.name}</option>}</For>
        </select>
      </label>
      <label class="field field--inline">
        <span>{t('filter.tag')}</span>
        <select class="select select--compact" value={props.filter.tag ?? ''} onChange={(event) => set({ tag: event.currentTarget.value || null })}>
          <option value="">{t('filter.any')}</option>
          <For each={tags()}>{(tag) => <option value={tag}>{tag}</option>}</For>
        </select>
      </label>
      <label class="field field--inline">
        <span>{t('filter.due')}</span>
        <select class="select select--compact" value={props.filter.due} onChange={(event) => {
          const value = event.currentTarget.value;
          if (isDueFilter(value)) set({ due: value });
        }}>
          <For each={DUE_FILTERS}>{(due) => <option value={due}>{t(DUE_LABELS[due])}</option>}</For>
        </select>
      </label>
      <Show when={isFiltering(props.filter)}>
        <span class="muted small tabular">{t('filter.showing', { shown: count(board.visibleCards()), total: count(board.allCards()) })}</span>
        <button type="button" class="button button--quiet" onClick={() => props.onChange(NO_FILTER)}>{t('filter.clear')}</button>
      </Show>
    </section>
  );
}
