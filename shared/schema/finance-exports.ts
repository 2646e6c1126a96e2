// The finance room's and worker roster's public schema, re-exported from index.ts in one line.
export { FINANCE_ROOT_NAMES, type FinanceRootName } from './finance-roots';
export { readFinance, readCategories, readBudgetLine, readCostEntry, readFundEntry, readLabourRecord, MAX_NOTE_LENGTH, type FinanceView, type StoredCostEntry } from './finance-read';
export * from './finance-budget-commands';
export { findCategoryNamed, readRemovedCategories, type CategoryNameHolder } from './finance-category-names';
export * from './finance-cost-commands';
export * from './finance-fund-commands';
export * from './finance-labour-commands';
export { readWorkers, readWorker, MAX_PHONE_LENGTH } from './worker-read';
export * from './worker-commands';
