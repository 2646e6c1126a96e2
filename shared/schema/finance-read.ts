// Validating readers for the finance room: a record from another device may be missing fields or
// hold wrong types; it is filled with defaults or skipped, never thrown into the UI.
import type * as Y from 'yjs';
import type { BudgetLine } from '../domain/finance/budget-line';
import { defaultCategories, isBuiltInCategory, isCategoryId, OTHER_CATEGORY_ID, type CostCategory } from '../domain/finance/cost-category';
import type { CostEntry } from '../domain/finance/cost-entry';
import type { CostEntryId } from '../domain/finance/finance-ids';
import { FUND_STATUSES, type FundEntry } from '../domain/finance/fund-entry';
import {
  DEFAULT_HOURS_PER_DAY, isHalfStep, isThreeDecimalQuantity, isValidHoursPerDay, MAX_PIECE_UNIT_LENGTH, PAY_BASES, SIGN_OFF_STATES, TIME_UNITS, type LabourRecord,
} from '../domain/finance/labour-record';
import { isId } from '../ids';
import { ZERO_FEN } from '../money';
import { compareRanks } from '../rank';
import { isRecordMap, readIsoDayOrNull, readNumber, readRank, readString, type RecordMap } from './fields';
import { readChecked, readFen, readIdOrNull, readOneOf, readOrSkip, UnreadableRecord } from './finance-fields';
import { readRemovedCategories } from './finance-category-names';
import { financeRoots } from './finance-roots';
import { readDeletion } from './labour-deletion';
import { currentSignedFiguresKey, signOffHolds } from './labour-sign-off';
import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from './limits';

/** A typed-in cost as stored in the room (derived labour costs have no stored id). */
export interface StoredCostEntry extends CostEntry {
  readonly id: CostEntryId;
}

export interface FinanceView {
  readonly categories: readonly CostCategory[];
  /** Removed (hidden) categories of the user's own: their entries still count, and they can be restored. */
  readonly removedCategories: readonly CostCategory[];
  readonly budgetLines: readonly BudgetLine[];
  readonly costEntries: readonly StoredCostEntry[];
  readonly fundEntries: readonly FundEntry[];
  readonly labourRecords: readonly LabourRecord[];
}

export const MAX_NOTE_LENGTH = 2_000;

export function readFinance(doc: Y.Doc, language: 'en' | 'zh' = 'zh'): FinanceView {
  const roots = financeRoots(doc);
  return {
    categories: readCategories(roots.categories, language),
    removedCategories: readRemovedCategories(roots.categories),
    budgetLines: readAll(roots.budgetLines, readBudgetLine).sort(byId),
    costEntries: readAll(roots.costEntries, readCostEntry).sort((a, b) => compareText(a.day, b.day) || compareText(a.id, b.id)),
    fundEntries: readAll(roots.fundEntries, readFundEntry).sort(byId),
    labourRecords: readAll(roots.labourRecords, readLabourRecord).sort((a, b) => compareText(a.day, b.day) || compareText(a.id, b.id)),
  };
}

/** Built-in categories are always there (renamed if a stored record says so); added ones follow by rank. */
export function readCategories(root: Y.Map<unknown>, language: 'en' | 'zh'): CostCategory[] {
  const categories = new Map(defaultCategories(language).map((category) => [category.id, category]));
  root.forEach((value, id) => {
    if (!isRecordMap(value) || !isCategoryId(id)) return;
    if (value.get('deleted') === true && !isBuiltInCategory(id)) return;
    const name = readString(value, 'name', '', MAX_NAME_LENGTH);
    const known = categories.get(id);
    categories.set(id, { id, name: name || known?.name || id, rank: known?.rank ?? readRank(value) });
  });
  return [...categories.values()].sort((a, b) => compareRanks(a.rank, b.rank) || compareText(a.id, b.id));
}

export function readBudgetLine(id: string, value: unknown): BudgetLine | null {
  if (!isId<'budget-line'>(id) || !isRecordMap(value)) return null;
  return readOrSkip(() => ({
    id,
    categoryId: readCategoryId(value),
    taskId: readIdOrNull<'task'>(value, 'taskId'),
    description: readString(value, 'description', '', MAX_TITLE_LENGTH),
    amount: readFen(value, 'amount', ZERO_FEN, 0),
  }));
}

export function readCostEntry(id: string, value: unknown): StoredCostEntry | null {
  if (!isId<'cost-entry'>(id) || !isRecordMap(value)) return null;
  const day = readIsoDayOrNull(value, 'day');
  if (day === null) return null;
  return readOrSkip(() => ({
    id,
    day,
    categoryId: readCategoryId(value),
    amount: readFen(value, 'amount', ZERO_FEN),
    taskId: readIdOrNull<'task'>(value, 'taskId'),
    supplier: readString(value, 'supplier', '', MAX_NAME_LENGTH),
    invoiceNumber: readString(value, 'invoiceNumber', '', MAX_NAME_LENGTH),
    note: readString(value, 'note', '', MAX_NOTE_LENGTH),
    enteredBy: readIdOrNull<'user'>(value, 'enteredBy'),
    source: 'entry',
  }));
}

export function readFundEntry(id: string, value: unknown): FundEntry | null {
  if (!isId<'fund-entry'>(id) || !isRecordMap(value)) return null;
  const direction = value.get('direction');
  if (direction !== 'receipt' && direction !== 'payment') return null;
  return readOrSkip(() => {
    const amount = readFen(value, 'amount', ZERO_FEN, 1);
    if (amount === ZERO_FEN) throw new UnreadableRecord('amount');
    const paidDay = readIsoDayOrNull(value, 'paidDay');
    const status = readOneOf(value, 'status', FUND_STATUSES, 'planned');
    return {
      id,
      direction,
      // "done" without a day it was paid on is read as planned: cash can't move on no day
      status: status === 'done' && paidDay === null ? 'planned' : status,
      amount,
      dueDay: readIsoDayOrNull(value, 'dueDay'),
      paidDay: status === 'done' ? paidDay : null,
      counterparty: readString(value, 'counterparty', '', MAX_NAME_LENGTH),
      workerId: readIdOrNull<'worker'>(value, 'workerId'),
      categoryId: value.get('categoryId') === undefined || value.get('categoryId') === null ? null : readCategoryId(value),
      taskId: readIdOrNull<'task'>(value, 'taskId'),
      note: readString(value, 'note', '', MAX_NOTE_LENGTH),
    };
  });
}

/**
 * A labour record as it counts, or null: unreadable, or deleted and not signed (a tombstone). A deleted
 * record whose stored sign-off says signed was signed on another device at the same time: it reads
 * flagged (`deleteConflict`), counted as signed if the sign-off holds, as pending if an edit merged in
 * since voided it, so the signer's 签证 never vanishes unseen.
 */
export function readLabourRecord(id: string, value: unknown): LabourRecord | null {
  if (!isId<'labour-record'>(id) || !isRecordMap(value)) return null;
  // checked before any figure: tombstones are kept for good (docs/money.md), and almost all are never-signed ones
  const deletion = readDeletion(value);
  const storedSigned = readOneOf(value, 'signOff', SIGN_OFF_STATES, 'pending') === 'signed';
  if (deletion !== null && !storedSigned) return null;
  const workerId = readIdOrNull<'worker'>(value, 'workerId');
  const day = readIsoDayOrNull(value, 'day');
  if (workerId === null || day === null) return null;
  return readOrSkip(() => {
    const pieceUnit = readString(value, 'pieceUnit', '', MAX_PIECE_UNIT_LENGTH);
    const figures = {
      workerId,
      day,
      timeUnit: readOneOf(value, 'timeUnit', TIME_UNITS, 'man-days'),
      manDays: readChecked(value, 'manDays', isHalfStepNumber, 0),
      hours: readChecked(value, 'hours', isHalfStepNumber, 0),
      hoursPerDay: readChecked(value, 'hoursPerDay', isHoursPerDay, DEFAULT_HOURS_PER_DAY),
      pay: readOneOf(value, 'pay', PAY_BASES, 'day-rate'),
      dayRate: readFen(value, 'dayRate', ZERO_FEN, 0),
      pieceRate: readFen(value, 'pieceRate', ZERO_FEN, 0),
      quantity: readChecked(value, 'quantity', isQuantity, 0),
      overtimeHours: readChecked(value, 'overtimeHours', isHalfStepNumber, 0),
      overtimeRate: readFen(value, 'overtimeRate', ZERO_FEN, 0),
    };
    // a sign-off whose figures were changed since (merged in from an offline edit) no longer holds
    const voided = storedSigned && !signOffHolds(currentSignedFiguresKey(value), { ...figures, pieceUnit });
    const signOff = storedSigned && !voided ? 'signed' : 'pending';
    return {
      id,
      ...figures,
      // left out when none was named, so records from before units read exactly as they did
      ...(pieceUnit === '' ? {} : { pieceUnit }),
      content: readString(value, 'content', '', MAX_NOTE_LENGTH),
      taskId: readIdOrNull<'task'>(value, 'taskId'),
      foremanId: readIdOrNull<'user'>(value, 'foremanId'),
      signOff,
      signedBy: signOff === 'signed' ? readIdOrNull<'user'>(value, 'signedBy') : null,
      signedAt: signOff === 'signed' ? readNumber(value, 'signedAt', 0) : null,
      ...(voided ? { signOffVoided: true as const } : {}),
      ...(deletion === null ? {} : { deleteConflict: deletion }),
    };
  });
}

const isHalfStepNumber = (value: unknown): value is number => typeof value === 'number' && isHalfStep(value);
const isHoursPerDay = (value: unknown): value is number => typeof value === 'number' && isValidHoursPerDay(value);
const isQuantity = (value: unknown): value is number => typeof value === 'number' && isThreeDecimalQuantity(value);

function readCategoryId(record: RecordMap): CostEntry['categoryId'] {
  const value = record.get('categoryId');
  return isCategoryId(value) ? value : OTHER_CATEGORY_ID;
}

function readAll<T>(root: Y.Map<unknown>, read: (id: string, value: unknown) => T | null): T[] {
  const items: T[] = [];
  root.forEach((value, id) => {
    const item = read(id, value);
    if (item !== null) items.push(item);
  });
  return items;
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
