// Who holds a category name in a finance room: names are one per room, compared as people read them
// (case, spaces and full/half widths ignored), and a removed category keeps its name, so it can be
// restored rather than made twice. A built-in category not renamed holds both its English and Chinese
// default names (teammates may read the room in either language).
import type * as Y from 'yjs';
import { BUILT_IN_CATEGORY_IDS, BUILT_IN_CATEGORY_NAMES, isBuiltInCategory, isCategoryId, type CostCategory } from '../domain/finance/cost-category';
import type { CategoryId } from '../domain/finance/finance-ids';
import { normaliseName } from '../domain/import/match-members';
import { compareRanks } from '../rank';
import { isRecordMap, readRank, readString } from './fields';
import { MAX_NAME_LENGTH } from './limits';

export interface CategoryNameHolder {
  readonly id: CategoryId;
  /** Hidden by removeCategory: restoreCategory brings it back. */
  readonly removed: boolean;
}

/** The category (other than `except`) whose name reads the same as `name`, removed ones included; null when free. */
export function findCategoryNamed(root: Y.Map<unknown>, name: string, except: CategoryId | null = null): CategoryNameHolder | null {
  const key = normaliseName(name);
  if (key === '') return null;
  for (const id of BUILT_IN_CATEGORY_IDS) {
    if (id === except) continue;
    const record = root.get(id);
    const stored = isRecordMap(record) ? readString(record, 'name', '', MAX_NAME_LENGTH) : '';
    const names = stored === '' ? [BUILT_IN_CATEGORY_NAMES[id].en, BUILT_IN_CATEGORY_NAMES[id].zh] : [stored];
    if (names.some((one) => normaliseName(one) === key)) return { id: id as CategoryId, removed: false };
  }
  let found: CategoryNameHolder | null = null;
  root.forEach((value, id) => {
    if (found !== null || id === except || !isRecordMap(value) || !isCategoryId(id) || isBuiltInCategory(id)) return;
    if (normaliseName(readString(value, 'name', '', MAX_NAME_LENGTH)) === key) found = { id, removed: value.get('deleted') === true };
  });
  return found;
}

/** Categories of the user's own hidden by removeCategory, by rank: what can be restored. */
export function readRemovedCategories(root: Y.Map<unknown>): CostCategory[] {
  const removed: CostCategory[] = [];
  root.forEach((value, id) => {
    if (!isRecordMap(value) || !isCategoryId(id) || isBuiltInCategory(id) || value.get('deleted') !== true) return;
    removed.push({ id, name: readString(value, 'name', '', MAX_NAME_LENGTH) || id, rank: readRank(value) });
  });
  return removed.sort((a, b) => compareRanks(a.rank, b.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
