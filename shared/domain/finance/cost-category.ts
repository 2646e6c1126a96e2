// Cost categories: six built in (the usual split of a Chinese site's cost sheet), renamable, and
// more can be added. Labour is special: signed day labour flows into it.
import { isId, newId } from '../../ids';
import type { Rank } from '../../rank';
import type { CategoryId } from './finance-ids';

export interface CostCategory {
  readonly id: CategoryId;
  readonly name: string;
  /** Order in lists and charts. */
  readonly rank: string;
}

export const BUILT_IN_CATEGORY_IDS = ['labour', 'materials', 'machinery', 'subcontract', 'overhead', 'other'] as const;
export type BuiltInCategoryId = (typeof BUILT_IN_CATEGORY_IDS)[number];

export const LABOUR_CATEGORY_ID = 'labour' as CategoryId;
export const OTHER_CATEGORY_ID = 'other' as CategoryId;

/** Default names per language; a renamed category keeps its id, so history still adds up. */
export const BUILT_IN_CATEGORY_NAMES: Readonly<Record<BuiltInCategoryId, { readonly en: string; readonly zh: string }>> = {
  labour: { en: 'Labour', zh: '人工' },
  materials: { en: 'Materials', zh: '材料' },
  machinery: { en: 'Machinery', zh: '机械' },
  subcontract: { en: 'Subcontract', zh: '分包' },
  overhead: { en: 'Overhead', zh: '管理费' },
  other: { en: 'Other', zh: '其他' },
};

export function isBuiltInCategory(id: string): id is BuiltInCategoryId {
  return (BUILT_IN_CATEGORY_IDS as readonly string[]).includes(id);
}

export function newCategoryId(): CategoryId {
  return newId<'category'>();
}

/** Categories users add sort after this one. */
export const LAST_BUILT_IN_RANK = `a${BUILT_IN_CATEGORY_IDS.length - 1}` as Rank;

/** A built-in id or a random one (categories users add). */
export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (isBuiltInCategory(value) || isId(value));
}

/** The built-in categories with their default names, for a room that has none stored yet. */
export function defaultCategories(language: 'en' | 'zh'): CostCategory[] {
  return BUILT_IN_CATEGORY_IDS.map((id, index) => ({
    id: id as CategoryId,
    name: BUILT_IN_CATEGORY_NAMES[id][language],
    rank: `a${index}`,
  }));
}
