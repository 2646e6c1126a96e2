// The cost categories a sheet names that the room doesn't have, once each (texts equal but for case,
// spaces or widths are one category, named as first written), with the rows naming them: what the
// import page offers to create instead of booking those rows under Other. A name follows the
// category rules of addCategory (one line, at most MAX_NAME_LENGTH characters) or can't be created.
// A text that reads as a removed category's name is offered as a restore of that category (names are
// one per room, removed ones included), never as a second category of the same name.
import type { CostCategory } from '../finance/cost-category';
import type { CategoryId } from '../finance/finance-ids';
import { categoryLookup, newCategoryName, type CostField } from './cost-columns';
import { rowCells } from './finance-issue';
import { normaliseName } from './match-members';
import type { Sheet } from './sheet-types';

export interface UnknownCategory {
  /** normaliseName of the text: what readCostRows' `createCategories` holds. */
  readonly key: string;
  /** The name the category would get (spaces collapsed), or the text as written when it can't be one. */
  readonly name: string;
  /** false when the text breaks the name rules (too long): its rows stay under Other. */
  readonly creatable: boolean;
  /** 1-based sheet rows that name it. */
  readonly sheetRows: readonly number[];
  /** The removed category of that name, which choosing it restores (then `name` is that category's); null for a new one. */
  readonly restores: CategoryId | null;
}

export function findUnknownCategories(
  sheet: Sheet, headerRow: number, mapping: Partial<Record<CostField, number>>, categories: readonly CostCategory[], removed: readonly CostCategory[] = [],
): UnknownCategory[] {
  if (mapping.category === undefined) return [];
  const known = categoryLookup(categories);
  const removedByKey = new Map(removed.map((category) => [normaliseName(category.name), category]));
  const found = new Map<string, { key: string; name: string; creatable: boolean; sheetRows: number[]; restores: CategoryId | null }>();
  for (let index = headerRow + 1; index < sheet.length; index++) {
    const sheetRow = index + 1;
    const text = rowCells(sheet[index] ?? [], sheetRow, mapping).text('category');
    const key = normaliseName(text);
    if (key === '' || known.has(key)) continue;
    const seen = found.get(key);
    if (seen) { seen.sheetRows.push(sheetRow); continue; }
    const restorable = removedByKey.get(key);
    if (restorable) { found.set(key, { key, name: restorable.name, creatable: true, sheetRows: [sheetRow], restores: restorable.id }); continue; }
    const name = newCategoryName(text);
    found.set(key, { key, name: name ?? text, creatable: name !== null, sheetRows: [sheetRow], restores: null });
  }
  return [...found.values()];
}

/** What the person chose for one unknown text: its rows under Other (the default), the category created (or restored), or an existing category. */
export type CategoryChoice = { readonly kind: 'other' } | { readonly kind: 'create' } | { readonly kind: 'existing'; readonly categoryId: CategoryId };

/** The choices (by UnknownCategory key) as readCostRows' `createCategories` and `useCategories`. */
export function categoryChoiceArgs(choices: ReadonlyMap<string, CategoryChoice>): { create: ReadonlySet<string>; use: ReadonlyMap<string, CategoryId> } {
  const create = new Set<string>();
  const use = new Map<string, CategoryId>();
  for (const [key, choice] of choices) {
    if (choice.kind === 'create') create.add(key);
    else if (choice.kind === 'existing') use.set(key, choice.categoryId);
  }
  return { create, use };
}
