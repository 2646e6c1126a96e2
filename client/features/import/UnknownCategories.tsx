// The cost categories a sheet names that the project doesn't have: each listed once with its rows and
// a checkbox "Create category “X”". Unchecked (the default) books its rows under Other; checked, the
// import creates the category with the costs (one undo step). A text naming a removed category offers
// "Restore “X”" instead (names are one per room). A text too long for a category name can't be chosen
// and says why.
import { For, Show, createMemo, type Accessor } from 'solid-js';
import type { CostCategory } from '../../../shared/domain/finance';
import type { CostField } from '../../../shared/domain/import/cost-columns';
import { findUnknownCategories } from '../../../shared/domain/import/unknown-categories';
import { useI18n } from '../../i18n/I18nProvider';
import type { SheetContext } from './FinanceSheetImport';

export function UnknownCategories(props: {
  context: Accessor<SheetContext<CostField>>; categories: readonly CostCategory[]; removed: readonly CostCategory[]; otherName: string; canEdit: boolean;
  /** normaliseName keys of the categories to create. */
  chosen: ReadonlySet<string>; onChoose: (key: string, create: boolean) => void;
}) {
  const { t } = useI18n();
  const unknown = createMemo(() => {
    const { sheet, headerRow, mapping } = props.context();
    return findUnknownCategories(sheet, headerRow, mapping, props.categories, props.removed);
  });
  return (
    <Show when={unknown().length > 0}>
      <section class="import-roster" aria-labelledby="import-categories-title">
        <h3 id="import-categories-title">{t('import.categories.title', { count: unknown().length })}</h3>
        <p>{t('import.categories.explain', { other: props.otherName })}</p>
        <ul class="import-categories" data-testid="import-unknown-categories">
          <For each={unknown()}>
            {(category) => (
              <li>
                <Show when={category.creatable} fallback={t('import.categories.tooLong', { name: category.name.slice(0, 40), rows: category.sheetRows.join(', '), other: props.otherName })}>
                  <label>
                    <input type="checkbox" checked={props.chosen.has(category.key)} disabled={!props.canEdit} onChange={(event) => props.onChoose(category.key, event.currentTarget.checked)} />
                    {' '}{t(category.restores === null ? 'import.categories.create' : 'import.categories.restore', { name: category.name })}
                  </label>
                  {' '}<span class="muted">{t('import.categories.rows', { rows: category.sheetRows.join(', ') })}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
