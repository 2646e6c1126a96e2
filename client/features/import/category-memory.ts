// The existing category a person picked for a cost-sheet text the project has no category of (咨询费 →
// 管理费), remembered per workspace on this device like the column mapping, so next month's file books
// those rows the same way without asking again. It matters for re-imports too: without an invoice
// number the category is part of a row's key, so a forgotten choice would add the entries a second time.
import type { CostCategory } from '../../../shared/domain/finance';
import { normaliseName } from '../../../shared/domain/import/match-members';
import type { CategoryChoice } from '../../../shared/domain/import/unknown-categories';
import { parseStoredObject } from '../../storage/stored-object';

/** A picked category by id and name: the id holds within a project, the name finds it in another project of the workspace. */
export interface RememberedCategory { readonly id: string; readonly name: string }
/** UnknownCategory key (normaliseName of the text) → the category picked for it. */
export type RememberedCategories = ReadonlyMap<string, RememberedCategory>;

export function categoryMemoryKey(workspaceId: string): string {
  return `sitebeam.importCategories.${workspaceId}`;
}

export function parseRememberedCategories(text: string | null): RememberedCategories {
  const result = new Map<string, RememberedCategory>();
  const value = parseStoredObject(text);
  if (value === null) return result;
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, name } = entry as Record<string, unknown>;
    if (typeof id === 'string' && typeof name === 'string') result.set(key, { id, name });
  }
  return result;
}

export function serialiseRememberedCategories(remembered: RememberedCategories): string {
  return JSON.stringify(Object.fromEntries(remembered));
}

/** The remembered picks as choices against this project's categories: by id, else by name; a category gone from both is dropped. */
export function rememberedChoices(remembered: RememberedCategories, categories: readonly CostCategory[]): Map<string, CategoryChoice> {
  const choices = new Map<string, CategoryChoice>();
  for (const [key, entry] of remembered) {
    const found = categories.find((category) => category.id === entry.id) ?? categories.find((category) => normaliseName(category.name) === normaliseName(entry.name));
    if (found) choices.set(key, { kind: 'existing', categoryId: found.id });
  }
  return choices;
}

/** After a choice: an existing category is remembered, any other choice forgets the text. */
export function rememberChoice(remembered: RememberedCategories, key: string, choice: CategoryChoice, categories: readonly CostCategory[]): RememberedCategories {
  const next = new Map(remembered);
  const picked = choice.kind === 'existing' ? categories.find((category) => category.id === choice.categoryId) : undefined;
  if (picked) next.set(key, { id: picked.id, name: picked.name });
  else next.delete(key);
  return next;
}
