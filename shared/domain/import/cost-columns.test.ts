import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../finance/cost-category';
import type { CategoryId } from '../finance/finance-ids';
import { COST_FIELDS, COST_REQUIRED, COST_SYNONYMS, costKey, readCostRows, type TaskRef } from './cost-columns';
import { findFieldHeader } from './find-header';
import { normaliseName } from './match-members';
import type { Sheet } from './sheet-types';

const tasks: TaskRef[] = [
  { id: 't-found', wbs: '1.1', name: '基础开挖' },
  { id: 't-wall', wbs: '2.3', name: 'Brick walls' },
];
const zh = defaultCategories('zh');
const en = defaultCategories('en');

const zhSheet: Sheet = [
  ['某某工程成本台账', null, null, null, null, null, null],
  ['日期', '费用类别', '金额(元)', '供应商', '发票号', 'WBS', '备注'],
  ['2026-03-05', '材料费', '¥12,345.60', '华建建材', 'FP001', '1.1', '水泥'],
  ['2026/3/6', '机械', '800', '', '', '基础开挖', '挖机台班'],
  ['2026-03-07', '咨询费', '-200', '某咨询', '', '9.9', '退款'],
  ['不知道', '材料', '100', '', '', '', ''],
  ['2026-03-08', '材料', '', '', '', '', '缺金额'],
  ['2026-03-08', '材料', 'abc', '', '', '', '坏金额'],
  ['2026-03-08', '材料', '0', '', '', '', '零'],
  [null, null, null, null, null, null, null],
];

describe('cost sheets', () => {
  it('finds the header below a title row and maps Chinese headers', () => {
    expect(findFieldHeader(zhSheet, COST_FIELDS, COST_SYNONYMS, COST_REQUIRED)).toEqual({
      headerRow: 1,
      mapping: { day: 0, category: 1, amount: 2, supplier: 3, invoiceNumber: 4, task: 5, note: 6 },
    });
  });

  it('reads rows into recordCost inputs with categories, fen amounts and tasks, explaining every problem cell', () => {
    const found = findFieldHeader(zhSheet, COST_FIELDS, COST_SYNONYMS, COST_REQUIRED);
    if (!found) throw new Error('no header');
    const { rows, issues } = readCostRows(zhSheet, found.headerRow, found.mapping, zh, tasks, 'month-first');
    expect(rows.map((row) => [row.sheetRow, row.day, row.categoryId, row.amount, row.taskId])).toEqual([
      [3, '2026-03-05', 'materials', 1234560, 't-found'],
      [4, '2026-03-06', 'machinery', 80000, 't-found'],
      [5, '2026-03-07', 'other', -20000, null],
    ]);
    expect(rows[0]).toMatchObject({ supplier: '华建建材', invoiceNumber: 'FP001', note: '水泥' });
    expect(issues).toEqual([
      { severity: 'warning', code: 'unknown-category', sheetRow: 5, cell: 'B5', value: '咨询费', assumed: '其他' },
      { severity: 'warning', code: 'unknown-task', sheetRow: 5, cell: 'F5', value: '9.9', assumed: '' },
      { severity: 'error', code: 'bad-date', sheetRow: 6, cell: 'A6', value: '不知道', assumed: 'skipped' },
      { severity: 'error', code: 'missing-amount', sheetRow: 7, cell: 'C7', value: '', assumed: 'skipped' },
      { severity: 'error', code: 'bad-amount', sheetRow: 8, cell: 'C8', value: 'abc', assumed: 'skipped' },
      { severity: 'error', code: 'zero-amount', sheetRow: 9, cell: 'C9', value: '0', assumed: 'skipped' },
    ]);
  });

  it('maps English headers and category names, and a renamed category by its room name', () => {
    const sheet: Sheet = [
      ['Date', 'Category', 'Amount', 'Supplier', 'Invoice No', 'Task', 'Notes'],
      ['3/15/2026', 'Subcontract', '5000', 'ACME', 'INV-9', 'brick walls', ''],
      ['3/16/2026', 'Site office', '120.5', '', '', '', 'tea'],
    ];
    const found = findFieldHeader(sheet, COST_FIELDS, COST_SYNONYMS, COST_REQUIRED);
    expect(found?.mapping).toEqual({ day: 0, category: 1, amount: 2, supplier: 3, invoiceNumber: 4, task: 5, note: 6 });
    if (!found) throw new Error('no header');
    const renamed = en.map((category) => (category.id === 'overhead' ? { ...category, name: 'Site office' } : category));
    const { rows, issues } = readCostRows(sheet, found.headerRow, found.mapping, renamed, tasks, 'month-first');
    expect(issues).toEqual([]);
    expect(rows.map((row) => [row.day, row.categoryId, row.amount, row.taskId])).toEqual([
      ['2026-03-15', 'subcontract', 500000, 't-wall'],
      ['2026-03-16', 'overhead', 12050, null],
    ]);
  });

  it('books an unknown category under Other (the built-in that cannot be removed), naming the original text in the warning', () => {
    const sheet: Sheet = [['Date', 'Category', 'Amount', 'Notes'], ['2026-03-15', 'Consulting', '300', 'design review'], ['2026-03-16', '', '40', 'no category']];
    const mapping = { day: 0, category: 1, amount: 2, note: 3 };
    const english = readCostRows(sheet, 0, mapping, en, tasks, 'month-first');
    expect(english.rows.map((row) => [row.categoryId, row.amount, row.note])).toEqual([['other', 30000, 'design review'], ['other', 4000, 'no category']]);
    // an empty category cell is not a change of anyone's words, so it is not warned
    expect(english.issues).toEqual([{ severity: 'warning', code: 'unknown-category', sheetRow: 2, cell: 'B2', value: 'Consulting', assumed: 'Other' }]);
    // the warning names Other as the room calls it now
    const renamed = zh.map((category) => (category.id === 'other' ? { ...category, name: '杂项' } : category));
    expect(readCostRows(sheet, 0, mapping, renamed, tasks, 'month-first').issues[0]).toMatchObject({ value: 'Consulting', assumed: '杂项' });
    // the built-in synonyms still reach Other under its new name, and so does the new name itself
    const known: Sheet = [['日期', '类别', '金额'], ['2026-03-15', '杂费', '5'], ['2026-03-15', '杂项', '6'], ['2026-03-15', '其它', '7']];
    const read = readCostRows(known, 0, { day: 0, category: 1, amount: 2 }, renamed, tasks, 'month-first');
    expect(read.rows.map((row) => row.categoryId)).toEqual(['other', 'other', 'other']);
    expect(read.issues).toEqual([]);
  });

  it('books an unknown category the person chose to create as that new category, and a text too long for a category name under Other with its own warning', () => {
    const long = '长'.repeat(201);
    const sheet: Sheet = [['日期', '类别', '金额'], ['2026-03-05', '咨询费', '10'], ['2026-03-06', 'ＣＯＮＳＵＬＴ  ing', '20'], ['2026-03-07', 'consult ing', '30'], ['2026-03-08', long, '40']];
    const mapping = { day: 0, category: 1, amount: 2 };
    const { rows, issues } = readCostRows(sheet, 0, mapping, zh, tasks, 'month-first', new Set(['consulting', normaliseName(long)]));
    expect(rows.map((row) => [row.categoryId, row.newCategory])).toEqual([
      // both spellings are one new category, named as first written
      ['other', null], ['new:consulting', 'ＣＯＮＳＵＬＴ ing'], ['new:consulting', 'ＣＯＮＳＵＬＴ ing'], ['other', null],
    ]);
    expect(issues).toEqual([
      { severity: 'warning', code: 'unknown-category', sheetRow: 2, cell: 'B2', value: '咨询费', assumed: '其他' },
      { severity: 'warning', code: 'category-name-too-long', sheetRow: 5, cell: 'B5', value: long, assumed: '其他' },
    ]);
    // the placeholder id keeps new-category rows apart from Other's in the re-import key
    expect(new Set(rows.map((row) => row.key)).size).toBe(4);
  });

  it('books an unknown text under the existing category the person picked for it, with no warning; a pick removed since goes back to Other', () => {
    const long = '长'.repeat(201);
    const sheet: Sheet = [['日期', '类别', '金额'], ['2026-03-05', '咨询费', '10'], ['2026-03-06', '咨询 费', '20'], ['2026-03-07', long, '30'], ['2026-03-08', '试验费', '40']];
    const mapping = { day: 0, category: 1, amount: 2 };
    const picks = new Map([['咨询费', 'overhead' as CategoryId], [normaliseName(long), 'materials' as CategoryId], ['试验费', 'c-gone' as CategoryId]]);
    const { rows, issues } = readCostRows(sheet, 0, mapping, zh, tasks, 'month-first', new Set(), picks);
    expect(rows.map((row) => [row.categoryId, row.newCategory])).toEqual([['overhead', null], ['overhead', null], ['materials', null], ['other', null]]);
    expect(issues).toEqual([{ severity: 'warning', code: 'unknown-category', sheetRow: 5, cell: 'B5', value: '试验费', assumed: '其他' }]);
    // the picked category is in the key, so the next import with the same pick matches these rows
    expect(rows[0]?.key).toBe(costKey({ day: '2026-03-05', categoryId: 'overhead', supplier: '', invoiceNumber: '', note: '' }));
    // a pick wins over "create" for the same text; a known name is never re-routed by a pick
    const both = readCostRows([['日期', '类别', '金额'], ['2026-03-05', '咨询费', '10'], ['2026-03-05', '材料', '5']], 0, mapping, zh, tasks, 'month-first', new Set(['咨询费']), new Map([['咨询费', 'overhead' as CategoryId], ['材料', 'labour' as CategoryId]]));
    expect(both.rows.map((row) => [row.categoryId, row.newCategory])).toEqual([['overhead', null], ['materials', null]]);
  });

  it('gives each row a stable key without the amount, so a corrected amount keeps its key and repeats stay distinct', () => {
    const header = ['日期', '类别', '金额', '备注'];
    const first: Sheet = [header, ['2026-03-05', '材料', '100', '砂'], ['2026-03-05', '材料', '100', '砂'], ['2026-03-06', '人工', '50', '']];
    const edited: Sheet = [header, ['2026-03-05', '材料', '120', '砂'], ['2026-03-05', '材料', '100', '砂'], ['2026-03-06', '人工', '50', '']];
    const mapping = { day: 0, category: 1, amount: 2, note: 3 };
    const a = readCostRows(first, 0, mapping, zh, tasks, 'month-first').rows;
    const b = readCostRows(edited, 0, mapping, zh, tasks, 'month-first').rows;
    expect(a.map((row) => row.key)).toEqual(b.map((row) => row.key));
    expect(new Set(a.map((row) => row.key)).size).toBe(3);
    expect(a[2]?.categoryId).toBe('labour');
    expect(costKey({ day: '2026-03-05', categoryId: 'materials', supplier: 'A 公司', invoiceNumber: 'ｆｐ1', note: 'x' }))
      .toBe(costKey({ day: '2026-03-09', categoryId: 'other', supplier: 'a公司', invoiceNumber: 'FP1', note: 'y' }));
  });
});
