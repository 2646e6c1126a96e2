// Cost sheets (成本台账) accountants keep in Excel: header synonyms and a row reader producing recordCost
// inputs. Categories match by the room's names or the built-in zh/en synonyms (unknown → 其他 with a
// warning, a new category when the person chose to create it, or an existing one they picked for that
// text); amounts through parseMoney as integer fen (negative = credit note); tasks by WBS code or name.
import type { CostCategory } from '../finance/cost-category';
import type { CostEntry } from '../finance/cost-entry';
import { OTHER_CATEGORY_ID } from '../finance/cost-category';
import type { CategoryId } from '../finance/finance-ids';
import { parseMoney } from '../../money-parse';
import { rowCells, type FinanceIssue, type FinanceIssueCode } from './finance-issue';
import { normaliseName } from './match-members';
import { parseDate, type DayOrder } from './parse-date';
import type { Sheet } from './sheet-types';
import { makeTaskMatcher, type TaskRef } from './task-ref';
import { cleanLine, MAX_NAME_LENGTH } from '../../schema/limits';

export const COST_FIELDS = ['day', 'category', 'amount', 'supplier', 'invoiceNumber', 'task', 'note'] as const;
export type CostField = (typeof COST_FIELDS)[number];

export const COST_SYNONYMS: Readonly<Record<CostField, readonly string[]>> = {
  day: ['日期', '发生日期', '记账日期', '开票日期', 'date', 'day'],
  category: ['类别', '费用类别', '成本类别', '科目', '费用科目', 'category', 'type', 'costtype'],
  amount: ['金额', '金额(元)', '金额（元）', '费用', '成本', '发生额', 'amount', 'cost', 'total'],
  supplier: ['供应商', '单位', '收款单位', '分包单位', 'supplier', 'vendor', 'payee'],
  invoiceNumber: ['发票号', '发票号码', '票号', 'invoice', 'invoiceno', 'invoicenumber'],
  task: ['任务', 'wbs', '任务名称', '分项', '分部分项', 'task', 'taskname'],
  note: ['备注', '说明', '摘要', 'note', 'notes', 'memo', 'remark'],
};
export const COST_REQUIRED: readonly CostField[] = ['day', 'amount'];

/** Synonyms people write for the six built-in categories, keyed by built-in id. */
const CATEGORY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  labour: ['人工', '人工费', '劳务', '劳务费', 'labour', 'labor'],
  materials: ['材料', '材料费', '主材', '辅材', 'materials', 'material'],
  machinery: ['机械', '机械费', '设备', '机械租赁', 'machinery', 'equipment', 'plant'],
  subcontract: ['分包', '分包费', '专业分包', 'subcontract', 'subcontractor'],
  overhead: ['管理费', '管理', '间接费', 'overhead', 'management'],
  other: ['其他', '其它', '杂费', 'other', 'misc'],
};

export type { TaskRef } from './task-ref';

/**
 * A sheet row read as the cost entry it becomes, with where it came from and its re-import key. A row
 * whose category the import is to create has `newCategory` (its clean name) and a placeholder
 * `categoryId` (`pendingCategoryId`) that applyCostImport swaps for the created category's id.
 */
export interface CostRow extends Omit<CostEntry, 'id' | 'enteredBy' | 'source'> {
  readonly sheetRow: number;
  readonly key: string;
  readonly newCategory: string | null;
}

/** The placeholder id of a category the import will create; never a valid stored id (isCategoryId refuses it). */
export function pendingCategoryId(categoryKey: string): CategoryId {
  return `new:${categoryKey}` as CategoryId;
}

/** The name a category text would get (addCategory's rule: one line, spaces collapsed), or null when too long to be one. */
export function newCategoryName(text: string): string | null {
  return cleanLine(text, MAX_NAME_LENGTH);
}

/** Sheet text → category id: the room's names and the built-ins' zh/en synonyms, compared by normaliseName. */
export function categoryLookup(categories: readonly CostCategory[]): Map<string, CategoryId> {
  const byName = new Map<string, CategoryId>();
  for (const [id, names] of Object.entries(CATEGORY_SYNONYMS)) {
    if (!categories.some((category) => category.id === id)) continue;
    for (const name of names) byName.set(normaliseName(name), id as CategoryId);
  }
  // The room's own names win over the synonyms (a renamed or added category).
  for (const category of categories) byName.set(normaliseName(category.name), category.id);
  return byName;
}

/**
 * `createCategories`: the normalised texts (normaliseName) of unknown categories the person chose to
 * create; `useCategories`: normalised text → the existing category the person picked for it (one not in
 * `categories`, removed since, is ignored). Any other unknown category is booked under Other with a warning.
 */
export function readCostRows(
  sheet: Sheet, headerRow: number, mapping: Partial<Record<CostField, number>>, categories: readonly CostCategory[], tasks: readonly TaskRef[], dayOrder: DayOrder,
  createCategories: ReadonlySet<string> = new Set(), useCategories: ReadonlyMap<string, CategoryId> = new Map(),
): { rows: CostRow[]; issues: FinanceIssue[] } {
  const shownIds = new Set(categories.map((category) => category.id));
  const categoryByName = categoryLookup(categories);
  const fallbackCategory = categories.some((category) => category.id === OTHER_CATEGORY_ID) ? OTHER_CATEGORY_ID : (categories[0]?.id ?? OTHER_CATEGORY_ID);
  const matchTask = makeTaskMatcher(tasks);
  const rows: CostRow[] = [];
  const issues: FinanceIssue[] = [];
  const seenKeys = new Map<string, number>();
  const newNames = new Map<string, string>();
  for (let index = headerRow + 1; index < sheet.length; index++) {
    const sheetRow = index + 1;
    const { cell, text, ref } = rowCells(sheet[index] ?? [], sheetRow, mapping);
    if (COST_FIELDS.every((field) => text(field) === '')) continue;
    const issue = (field: CostField, severity: FinanceIssue['severity'], code: FinanceIssueCode, assumed: string): void => {
      issues.push({ severity, code, sheetRow, cell: ref(field), value: text(field), assumed });
    };
    const date = parseDate(cell('day'), dayOrder);
    if (date.value === null) { issue('day', 'error', 'bad-date', 'skipped'); continue; }
    if (date.problem) issue('day', 'warning', date.problem.code === 'ambiguous-date' ? 'ambiguous-date' : 'bad-date', date.value);
    if (text('amount') === '') { issue('amount', 'error', 'missing-amount', 'skipped'); continue; }
    const money = parseMoney(text('amount'));
    if (!money.ok) { issue('amount', 'error', 'bad-amount', 'skipped'); continue; }
    if (money.value === 0) { issue('amount', 'error', 'zero-amount', 'skipped'); continue; }
    let categoryId = fallbackCategory;
    let newCategory: string | null = null;
    if (text('category') !== '') {
      const categoryKey = normaliseName(text('category'));
      const found = categoryByName.get(categoryKey);
      const fallbackName = categories.find((category) => category.id === fallbackCategory)?.name ?? fallbackCategory;
      const name = newCategoryName(text('category'));
      const picked = useCategories.get(categoryKey);
      if (found) categoryId = found;
      else if (picked !== undefined && shownIds.has(picked)) categoryId = picked;
      else if (name === null) issue('category', 'warning', 'category-name-too-long', fallbackName);
      else if (createCategories.has(categoryKey)) {
        // one category per key, named as the file first writes it (what applyCostImport creates)
        categoryId = pendingCategoryId(categoryKey);
        newCategory = newNames.get(categoryKey) ?? name;
        newNames.set(categoryKey, newCategory);
      }
      else issue('category', 'warning', 'unknown-category', fallbackName);
    }
    let taskId: string | null = null;
    if (text('task') !== '') {
      taskId = matchTask(text('task'));
      if (taskId === null) issue('task', 'warning', 'unknown-task', '');
    }
    const base = costKey({ day: date.value, categoryId, supplier: text('supplier'), invoiceNumber: text('invoiceNumber'), note: text('note') });
    const repeat = seenKeys.get(base) ?? 0;
    seenKeys.set(base, repeat + 1);
    rows.push({
      sheetRow, key: repeat === 0 ? base : `${base}#${repeat + 1}`, day: date.value, categoryId, amount: money.value, taskId,
      supplier: text('supplier'), invoiceNumber: text('invoiceNumber'), note: text('note'), newCategory,
    });
  }
  return { rows, issues };
}

/** Re-import key without the amount, so a corrected amount updates its record: the invoice number when
 * there is one (with the supplier), else day + category + supplier + note. Repeats in one file get #2, #3. */
export function costKey(row: { readonly day: string; readonly categoryId: string; readonly supplier: string; readonly invoiceNumber: string; readonly note: string }): string {
  const invoice = normaliseName(row.invoiceNumber);
  if (invoice !== '') return `inv|${normaliseName(row.supplier)}|${invoice}`;
  return `row|${row.day}|${row.categoryId}|${normaliseName(row.supplier)}|${normaliseName(row.note)}`;
}
