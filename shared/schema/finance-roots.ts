// The finance room's (`f.<projectId>`) root types. Only files in shared/schema use these names.
import type * as Y from 'yjs';

export interface FinanceRoots {
  readonly budgetLines: Y.Map<unknown>;
  readonly costEntries: Y.Map<unknown>;
  readonly fundEntries: Y.Map<unknown>;
  readonly labourRecords: Y.Map<unknown>;
  readonly categories: Y.Map<unknown>;
}

export const FINANCE_ROOT_NAMES = ['budgetLines', 'costEntries', 'fundEntries', 'labourRecords', 'categories'] as const;
export type FinanceRootName = (typeof FINANCE_ROOT_NAMES)[number];

export function financeRoots(doc: Y.Doc): FinanceRoots {
  return {
    budgetLines: doc.getMap('budgetLines'),
    costEntries: doc.getMap('costEntries'),
    fundEntries: doc.getMap('fundEntries'),
    labourRecords: doc.getMap('labourRecords'),
    categories: doc.getMap('categories'),
  };
}
