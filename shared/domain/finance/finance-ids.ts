// Branded ids for finance records, made with newId() from shared/ids like every other record.
import type { Id } from '../../ids';

export type WorkerId = Id<'worker'>;
export type BudgetLineId = Id<'budget-line'>;
export type CostEntryId = Id<'cost-entry'>;
export type FundEntryId = Id<'fund-entry'>;
export type LabourRecordId = Id<'labour-record'>;
/** Built-in categories use readable ids ('labour', …); categories users add get random ids. */
export type CategoryId = Id<'category'>;
