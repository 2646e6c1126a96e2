// The cost categories a sheet names that the project doesn't have: each listed once with its rows and
// a choice "Category for “X”": book its rows under Other (the default), create the category with the
// costs (one undo step), or use one of the project's existing categories. A text naming a removed
// category offers "Restore “X”" instead of create (names are one per room). A text too long for a
// category name can't be created and says why, but can still go to an existing category.
import { For, Show, createMemo, type Accessor } from 'solid-js';
import type { CostCategory } from '../../../shared/domain/finance';
import { OTHER_CATEGORY_ID } from '../../../shared/domain/finance/cost-category';
import type { CostField } from '../../../shared/domain/import/cost-columns';
import { findUnknownCategories, type CategoryChoice } from '../../../shared/domain/import/unknown-categories';
import { useI18n } from '../../i18n/I18nProvider';
import type { SheetContext } from './FinanceSheetImport';

const EXISTING_PREFIX = 'existing:';

function choiceValue(choice: CategoryChoice | undefined): string {
  if (choice === undefined || choice.kind === 'other') return 'other';
  return choice.kind === 'create' ? 'create' : `${EXISTING_PREFIX}${choice.categoryId}`;
}

function choiceOf(value: string, categories: readonly CostCategory[]): CategoryChoice {
  if (value === 'create') return { kind: 'create' };
  const picked = value.startsWith(EXISTING_PREFIX) ? categories.find((category) => `${EXISTING_PREFIX}${category.id}` === value) : undefined;
  return picked ? { kind: 'existing', categoryId: picked.id } : { kind: 'other' };
}

export function UnknownCategories(props: {
  context: Accessor<SheetContext<CostField>>; categories: readonly CostCategory[]; removed: readonly CostCategory[]; otherName: string; canEdit: boolean;
  /** The choice per unknown text (UnknownCategory key); a text without one goes under Other. */
  choices: ReadonlyMap<string, CategoryChoice>; onChoose: (key: string, choice: CategoryChoice) => void;
}) {
  const { t } = useI18n();
  const unknown = createMemo(() => {
    const { sheet, headerRow, mapping } = props.context();
    return findUnknownCategories(sheet, headerRow, mapping, props.categories, props.removed);
  });
  const existing = createMemo(() => props.categories.filter((category) => category.id !== OTHER_CATEGORY_ID));
  return (
    <Show when={unknown().length > 0}>
      <section class="import-roster" aria-labelledby="import-categories-title">
        <h3 id="import-categories-title">{t('import.categories.title', { count: unknown().length })}</h3>
        <p>{t('import.categories.explain', { other: props.otherName })}</p>
        <ul class="import-categories" data-testid="import-unknown-categories">
          <For each={unknown()}>
            {(category, index) => {
              const id = `import-category-${index()}`;
              const current = (): string => choiceValue(props.choices.get(category.key));
              const shown = category.creatable ? category.name : `${category.name.slice(0, 40)}…`;
              return (
                <li>
                  <label for={id}>{t('import.categories.choose', { name: shown })}</label>
                  {' '}<span class="muted">{t('import.categories.rows', { rows: category.sheetRows.join(', ') })}</span>
                  {' '}<select id={id} disabled={!props.canEdit} onChange={(event) => props.onChoose(category.key, choiceOf(event.currentTarget.value, props.categories))}>
                    <option value="other" selected={current() === 'other'}>{t('import.categories.other', { other: props.otherName })}</option>
                    <Show when={category.creatable}>
                      <option value="create" selected={current() === 'create'}>
                        {t(category.restores === null ? 'import.categories.create' : 'import.categories.restore', { name: category.name })}
                      </option>
                    </Show>
                    <Show when={existing().length > 0}>
                      <optgroup label={t('import.categories.existing')}>
                        <For each={existing()}>
                          {(option) => <option value={`${EXISTING_PREFIX}${option.id}`} selected={current() === `${EXISTING_PREFIX}${option.id}`}>{t('import.categories.use', { name: option.name })}</option>}
                        </For>
                      </optgroup>
                    </Show>
                  </select>
                  <Show when={!category.creatable}>
                    <p class="muted">{t('import.categories.tooLong', { name: category.name.slice(0, 40), rows: category.sheetRows.join(', '), other: props.otherName })}</p>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
    </Show>
  );
}
