// The cost centre's categories (finance writers only): each category with what is spent and budgeted
// under it, renamed in place (Enter saves, Escape cancels), removed after a confirm that says what
// happens to its entries (they stay and keep counting), restored from the removed list, and the form to
// add one. Built-in categories can only be renamed, and each row says why. What is booked under a removed
// category can be moved to another one in one step (CategoryMoveForm). Every action is one undo step.
// Both lists export together as .csv / .xlsx, each row saying whether its category is in use or removed.
import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js';
import type * as Y from 'yjs';
import type { BudgetLine, CategoryId, CostCategory, CostEntry, FundEntry } from '../../../shared/domain/finance';
import { formatFen } from '../../../shared/money-format';
import type { Fen } from '../../../shared/money';
import type { Result } from '../../../shared/result';
import { addCategory, moveCategoryEntries, removeCategory, renameCategory, restoreCategory } from '../../../shared/schema';
import { failureKey } from '../../app/failure-message';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { CategoryMoveForm } from './CategoryMoveForm';
import { categoryRows, hasEntries, type CategoryRow } from './category-rows';
import { categoriesExportTable } from './cost-tables';
import { TableExport } from './TableExport';

export function CategoryManager(props: {
  doc: Y.Doc; categories: readonly CostCategory[]; removed: readonly CostCategory[]; costs: readonly CostEntry[]; lines: readonly BudgetLine[]; funds: readonly FundEntry[];
  /** Starts a new undo step, so each action is undone on its own. */
  separateUndo: () => void;
}) {
  const { t, language } = useI18n();
  const session = useSession();
  const money = (amount: Fen): string => formatFen(amount, language());
  const rows = createMemo(() => categoryRows(props.categories, props.costs, props.lines));
  const removedRows = createMemo(() => categoryRows(props.removed, props.costs, props.lines, props.funds));
  const [moving, setMoving] = createSignal<CategoryId | null>(null);
  const [renaming, setRenaming] = createSignal<{ readonly id: CategoryId; readonly name: string } | null>(null);
  const [notice, setNotice] = createSignal('');
  /** The category being renamed was removed by a teammate meanwhile. */
  const renamingGone = createMemo(() => {
    const open = renaming();
    return open !== null && props.removed.some((category) => category.id === open.id);
  });
  /** A failed command's reason in words; a name breaking the length rule says the rule. */
  const failureText = (result: Result<unknown, string>): string => (result.ok ? '' : result.reason === 'empty-or-too-long' ? t('costs.category.nameRule') : t(failureKey(result.reason)));
  const run = (result: () => Result<unknown, string>): string => {
    props.separateUndo();
    const done = result();
    return failureText(done);
  };
  const remove = (row: CategoryRow): void => {
    const name = row.category.name;
    const text = row.costCount === 0 && row.lineCount === 0
      ? t('costs.categories.removeConfirmEmpty', { name })
      : t('costs.categories.removeConfirm', { name, costs: String(row.costCount), spent: money(row.spent), lines: String(row.lineCount), budget: money(row.budget) });
    // a native confirm: works with keyboard and screen readers, and undo can still take a remove back
    if (!window.confirm(text)) return;
    setNotice(run(() => removeCategory(props.doc, row.category.id, session.origin)));
  };
  const restore = (row: CategoryRow): void => void setNotice(run(() => restoreCategory(props.doc, row.category.id, session.origin)));
  /** Asks with the counts and amounts as shown, then moves in one step; '' when done or not confirmed. */
  const move = (row: CategoryRow, to: CostCategory): string => {
    const names = { from: row.category.name, to: to.name };
    const asked = t('costs.categories.moveConfirm', {
      ...names, costs: String(row.costCount), spent: money(row.spent), lines: String(row.lineCount), budget: money(row.budget), funds: String(row.fundCount), fundAmount: money(row.fundAmount),
    });
    if (!window.confirm(asked)) return '';
    props.separateUndo();
    const moved = moveCategoryEntries(props.doc, row.category.id, to.id, session.origin);
    if (!moved.ok) return failureText(moved);
    session.notices.show(t('costs.categories.moved', { ...names, costs: String(moved.value.costs), lines: String(moved.value.budgetLines), funds: String(moved.value.fundEntries) }), 'info');
    return '';
  };
  return (
    <section class="finance-section" aria-labelledby="categories-title" data-testid="category-manager">
      <h2 id="categories-title">{t('costs.categories.title')}</h2>
      <p class="finance-muted">{t('costs.categories.explain')}</p>
      <Show when={renamingGone() ? renaming() : null}>
        {(open) => (
          <p role="alert" class="field-error" data-testid="category-rename-gone">
            {t('costs.categories.goneWhileRenaming', { name: open().name })}{' '}
            <button type="button" class="button button--small" onClick={() => setRenaming(null)}>{t('costs.categories.close')}</button>
          </p>
        )}
      </Show>
      <Show when={notice()}><p role="alert" class="field-error">{notice()}</p></Show>
      <div class="finance-table-wrap">
        <table class="finance-table" data-testid="category-table">
          <CategoryTableHead />
          <tbody>
            <For each={rows()}>
              {(row) => (
                <tr data-testid="category-row">
                  <Show when={renaming()?.id === row.category.id && !renamingGone()} fallback={<th scope="row">{row.category.name}</th>}>
                    <th scope="row">
                      <RenameForm
                        current={row.category.name}
                        onSave={(name) => run(() => renameCategory(props.doc, row.category.id, name, session.origin))}
                        onClose={() => setRenaming(null)}
                      />
                    </th>
                  </Show>
                  <td class="money">{money(row.spent)}</td>
                  <td class="money">{money(row.budget)}</td>
                  <td class="finance-actions">
                    <button type="button" class="button button--small" aria-label={t('costs.categories.renameOne', { name: row.category.name })} onClick={() => { setNotice(''); setRenaming({ id: row.category.id, name: row.category.name }); }}>
                      {t('costs.categories.rename')}
                    </button>
                    <Show when={row.keep} fallback={
                      <button type="button" class="button button--small" aria-label={t('costs.categories.removeOne', { name: row.category.name })} onClick={() => remove(row)}>{t('costs.categories.remove')}</button>
                    }>
                      {(keep) => <span class="finance-muted" data-testid="category-kept"> {t(`costs.categories.keep.${keep()}`)}</span>}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={removedRows().length > 0}>
        <div class="finance-lines">
          <h3 id="categories-removed-title">{t('costs.categories.removedTitle', { count: String(removedRows().length) })}</h3>
          <p class="finance-muted">{t('costs.categories.removedExplain')}</p>
          <div class="finance-table-wrap">
            <table class="finance-table" data-testid="removed-categories" aria-labelledby="categories-removed-title">
              <CategoryTableHead />
              <tbody>
                <For each={removedRows()}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.category.name}</th>
                      <td class="money">{money(row.spent)}</td>
                      <td class="money">{money(row.budget)}</td>
                      <td class="finance-actions">
                        <button type="button" class="button button--small" aria-label={t('costs.categories.restoreOne', { name: row.category.name })} onClick={() => restore(row)}>{t('costs.categories.restore')}</button>
                        <Show when={hasEntries(row)}>
                          <Show when={moving() === row.category.id} fallback={
                            <button type="button" class="button button--small" aria-label={t('costs.categories.moveOne', { name: row.category.name })} onClick={() => { setNotice(''); setMoving(row.category.id); }}>{t('costs.categories.move')}</button>
                          }>
                            <CategoryMoveForm from={row.category} targets={props.categories} onMove={(to) => move(row, to)} onClose={() => setMoving(null)} />
                          </Show>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </div>
      </Show>
      <TableExport label={t('costs.export.categories')} fileName={t('costs.export.categoriesFile')} table={() => categoriesExportTable(rows(), removedRows(), {
        headers: [t('costs.category'), t('costs.export.state'), t('costs.categories.spent'), t('costs.budget.budget'), t('costs.export.costCount'), t('costs.export.lineCount')],
        inUse: t('costs.export.inUse'), removed: t('costs.export.removed'),
      })} />
      <AddCategory onAdd={(name) => run(() => addCategory(props.doc, name, session.origin))} />
    </section>
  );
}

/** In place of a category's name: its new name, saved with Enter or the button, Escape cancels. */
function RenameForm(props: { current: string; onSave: (name: string) => string; onClose: () => void }) {
  const { t } = useI18n();
  const [name, setName] = createSignal(props.current);
  const [error, setError] = createSignal('');
  const errorId = `category-rename-error-${createUniqueId()}`;
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    if (name().trim() === props.current) return props.onClose();
    const failure = props.onSave(name());
    if (failure === '') props.onClose();
    else setError(failure);
  };
  return (
    <form class="category-rename" onSubmit={save} aria-label={t('costs.categories.renameOne', { name: props.current })}>
      <input
        class="input" value={name()} aria-label={t('costs.categories.newName', { name: props.current })} aria-invalid={error() !== ''} aria-describedby={errorId}
        ref={(input) => queueMicrotask(() => { input.focus(); input.select(); })}
        onInput={(event) => { setName(event.currentTarget.value); setError(''); }}
        onKeyDown={(event) => { if (event.key === 'Escape') { event.preventDefault(); props.onClose(); } }}
      />
      <button type="submit" class="button button--small">{t('costs.categories.save')}</button>
      <button type="button" class="button button--small" onClick={() => props.onClose()}>{t('costs.entry.cancel')}</button>
      <span id={errorId} role="alert" class="field-error">{error()}</span>
    </form>
  );
}

function AddCategory(props: { onAdd: (name: string) => string }) {
  const { t } = useI18n();
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal('');
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const failure = props.onAdd(name());
    setError(failure);
    if (failure === '') setName('');
  };
  return (
    <form class="finance-form finance-form--inline" onSubmit={save} aria-label={t('costs.category.add')}>
      <label>
        {t('costs.category.name')}
        <input class="input" value={name()} aria-invalid={error() !== ''} aria-describedby="category-add-error" onInput={(event) => { setName(event.currentTarget.value); setError(''); }} />
      </label>
      <button type="submit" class="button">{t('costs.category.add')}</button>
      <span id="category-add-error" role="alert" class="field-error finance-form__wide">{error()}</span>
    </form>
  );
}

/** The head of the categories table and of the removed categories' table. */
function CategoryTableHead() {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('costs.category')}</th>
        <th scope="col" class="money">{t('costs.categories.spent')}</th>
        <th scope="col" class="money">{t('costs.budget.budget')}</th>
        <th scope="col"><span class="visually-hidden">{t('costs.list.actions')}</span></th>
      </tr>
    </thead>
  );
}
