import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CostEntry } from '../domain/finance/cost-entry';
import type { CategoryId, CostEntryId, LabourRecordId, WorkerId } from '../domain/finance/finance-ids';
import { labourAmount, type LabourRecord } from '../domain/finance/labour-record';
import { defaultCategories } from '../domain/finance/cost-category';
import { readCostRows } from '../domain/import/cost-columns';
import type { LabourRow } from '../domain/import/labour-columns';
import type { IsoDay } from '../iso-day';
import type { Fen } from '../money';
import { newId, type UserId } from '../ids';
import { addCategory } from './finance-budget-commands';
import { recordLabour, signLabour, type LabourInput } from './finance-labour-commands';
import { readFinance } from './finance-read';
import { applyCostImport, applyLabourImport, labourAmountsAsStored, planCostImport, planLabourImport } from './import-finance-commands';
import { makeUndoManager } from './undo';

const zhang = 'w-zhang' as WorkerId;
const row = (day: string, manDays: number, content: string, sheetRow: number): LabourRow => ({
  sheetRow, workerId: zhang, day: day as IsoDay, pay: 'day-rate', manDays, hours: 0, overtimeHours: 0, dayRate: 35000 as Fen, overtimeRate: 0 as Fen,
  pieceRate: 0 as Fen, quantity: 0, pieceUnit: '', content, taskId: null,
});
const stored = (id: string, from: LabourRow, signed: boolean): LabourRecord => ({
  id: id as LabourRecordId, workerId: from.workerId, day: from.day, timeUnit: 'man-days', manDays: from.manDays, hours: 0,
  hoursPerDay: 8, pay: 'day-rate', dayRate: from.dayRate, pieceRate: 0 as Fen, quantity: 0, overtimeHours: 0,
  overtimeRate: 0 as Fen, content: from.content, taskId: null, foremanId: null,
  signOff: signed ? 'signed' : 'pending', signedBy: signed ? 'u1' : null, signedAt: signed ? 1 : null,
});

describe('labour re-import plan', () => {
  it('adds new rows, keeps the same ones, updates changed unsigned ones and protects signed ones', () => {
    const first = [row('2026-03-05', 1, '砌墙', 2), row('2026-03-06', 1, '抹灰', 3), row('2026-03-07', 1, '搬砖', 4)];
    const existing = [stored('r1', first[0]!, false), stored('r2', first[1]!, true), stored('r3', first[2]!, false)];
    expect(planLabourImport(first, existing)).toMatchObject({ added: [], changed: [], protectedRows: [], unchanged: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }] });
    const edited = [row('2026-03-05', 0.5, '砌墙', 2), row('2026-03-06', 0.5, '抹灰', 3), row('2026-03-07', 1, '搬砖', 4), row('2026-03-08', 1, '清理', 5)];
    const result = planLabourImport(edited, existing);
    expect(result.added.map((r) => r.content)).toEqual(['清理']);
    expect(result.changed.map((c) => [c.id, c.row.manDays])).toEqual([['r1', 0.5]]);
    expect(result.protectedRows.map((c) => c.id)).toEqual(['r2']);
    expect(result.unchanged.map((c) => c.id)).toEqual(['r3']);
  });

  it('keeps two identical rows of one file as two records', () => {
    const twice = [row('2026-03-05', 1, '砌墙', 2), row('2026-03-05', 1, '砌墙', 3)];
    expect(planLabourImport(twice, [stored('r1', twice[0]!, false)]).added).toHaveLength(1);
  });
});

describe('cost re-import plan', () => {
  const sheet = [['日期', '类别', '金额', '发票号'], ['2026-03-05', '材料', '100', 'FP1'], ['2026-03-06', '机械', '50', '']];
  const mapping = { day: 0, category: 1, amount: 2, invoiceNumber: 3 };
  const entry = (id: string, day: string, categoryId: string, amount: number, invoiceNumber: string, source: CostEntry['source'] = 'entry'): CostEntry & { id: CostEntryId } => ({
    id: id as CostEntryId, day: day as IsoDay, categoryId: categoryId as CategoryId, amount: amount as Fen, taskId: null, supplier: '', invoiceNumber, note: '', enteredBy: null, source,
  });

  it('matches stored entries by key, so a second import adds nothing and a corrected amount is a change', () => {
    const rows = readCostRows(sheet, 0, mapping, defaultCategories('zh'), [], 'month-first').rows;
    const existing = [entry('c1', '2026-03-05', 'materials', 10000, 'FP1'), entry('c2', '2026-03-06', 'machinery', 4000, '')];
    const result = planCostImport(rows, existing);
    expect(result.added).toEqual([]);
    expect(result.unchanged.map((c) => c.id)).toEqual(['c1']);
    expect(result.changed.map((c) => [c.id, c.row.amount])).toEqual([['c2', 5000]]);
  });

  it('never matches costs derived from signed labour', () => {
    const rows = readCostRows([['日期', '类别', '金额'], ['2026-03-06', '人工', '50']], 0, { day: 0, category: 1, amount: 2 }, defaultCategories('zh'), [], 'month-first').rows;
    expect(planCostImport(rows, [entry('l1', '2026-03-06', 'labour', 5000, '', 'labour')]).added).toHaveLength(1);
  });
});

describe('applying finance imports', () => {
  const ORIGIN = { source: 'import-test' };
  const cats = defaultCategories('zh');
  const costSheet = (amount: string) => [['日期', '类别', '金额', '发票号'], ['2026-03-05', '材料', '100', 'FP1'], ['2026-03-06', '机械', amount, '']];
  const costRows = (amount: string) => readCostRows(costSheet(amount), 0, { day: 0, category: 1, amount: 2, invoiceNumber: 3 }, cats, [], 'month-first').rows;

  it('writes costs as one undo step; a second import adds nothing; an edited amount updates its entry', () => {
    const doc = new Y.Doc();
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    const first = applyCostImport(doc, costRows('50'), null, 1, ORIGIN);
    expect(first).toEqual({ ok: true, counts: { added: 2, changed: 0, unchanged: 0, protectedRows: 0 } });
    undo.stopCapturing();
    expect(applyCostImport(doc, costRows('50'), null, 2, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 0, unchanged: 2, protectedRows: 0 } });
    expect(applyCostImport(doc, costRows('60'), null, 3, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 1, unchanged: 1, protectedRows: 0 } });
    expect(readFinance(doc).costEntries.map((entry) => entry.amount)).toEqual([10000, 6000]);
    undo.undo();
    expect(readFinance(doc).costEntries.map((entry) => entry.amount)).toEqual([10000, 5000]);
    undo.undo();
    expect(readFinance(doc).costEntries).toEqual([]);
  });

  it('creates the categories the person chose in the same undo step as the costs, once per name; the next import finds them by name', () => {
    const sheet = [['日期', '类别', '金额', '备注'], ['2026-03-05', '咨询费', '100', '设计'], ['2026-03-06', '咨询 费', '200', '评审'], ['2026-03-07', 'Testing', '30', ''], ['2026-03-08', '材料', '40', '']];
    const mapping = { day: 0, category: 1, amount: 2, note: 3 };
    const read = (categories = readFinance(doc).categories, create: ReadonlySet<string> = new Set(['咨询费', 'testing'])) => readCostRows(sheet, 0, mapping, categories, [], 'month-first', create);
    const doc = new Y.Doc();
    const undo = makeUndoManager(doc, 'finance', ORIGIN);
    expect(applyCostImport(doc, read().rows, null, 1, ORIGIN)).toEqual({ ok: true, counts: { added: 4, changed: 0, unchanged: 0, protectedRows: 0 } });
    const finance = readFinance(doc, 'zh');
    const added = finance.categories.filter((category) => !cats.some((builtIn) => builtIn.id === category.id));
    // one 咨询费 for both spellings, named as first written; they sort after the built-in six
    expect(added.map((category) => category.name)).toEqual(['咨询费', 'Testing']);
    expect(finance.categories.slice(-2)).toEqual(added);
    const nameOf = (id: string) => finance.categories.find((category) => category.id === id)?.name;
    expect(finance.costEntries.map((entry) => [entry.amount, nameOf(entry.categoryId)])).toEqual([[10000, '咨询费'], [20000, '咨询费'], [3000, 'Testing'], [4000, '材料']]);

    // the same file again: the categories are found by name (no choice needed), nothing is written
    const again = read(readFinance(doc).categories, new Set());
    expect(again.issues).toEqual([]);
    expect(again.rows.every((row) => row.newCategory === null)).toBe(true);
    expect(applyCostImport(doc, again.rows, null, 2, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 0, unchanged: 4, protectedRows: 0 } });

    undo.undo();
    expect(readFinance(doc).costEntries).toEqual([]);
    expect(readFinance(doc).categories.map((category) => category.id)).toEqual(cats.map((category) => category.id));
  });

  it('uses a category of that name a teammate made after the preview instead of making a second one', () => {
    const doc = new Y.Doc();
    const rows = readCostRows([['日期', '类别', '金额'], ['2026-03-05', '咨询费', '100']], 0, { day: 0, category: 1, amount: 2 }, cats, [], 'month-first', new Set(['咨询费'])).rows;
    const made = addCategory(doc, '咨询费', { source: 'teammate' });
    if (!made.ok) throw new Error(made.reason);
    expect(applyCostImport(doc, rows, null, 1, ORIGIN)).toMatchObject({ ok: true, counts: { added: 1 } });
    const finance = readFinance(doc);
    expect(finance.categories.filter((category) => category.name === '咨询费').map((category) => category.id)).toEqual([made.value]);
    expect(finance.costEntries.map((entry) => entry.categoryId)).toEqual([made.value]);
  });

  it('writes labour, leaves a signed record unchanged and reports it', () => {
    const doc = new Y.Doc();
    const worker = newId<'worker'>();
    const day = (d: string, manDays: number): LabourRow => ({ ...row(d, manDays, '砌墙', 2), workerId: worker });
    expect(applyLabourImport(doc, [day('2026-03-05', 1), day('2026-03-06', 1)], null, 1, ORIGIN)).toMatchObject({ ok: true, counts: { added: 2 } });
    const [signed] = readFinance(doc).labourRecords;
    if (!signed) throw new Error('no record');
    expect(signLabour(doc, signed.id, 'u-boss' as UserId, 2, ORIGIN).ok).toBe(true);
    const again = applyLabourImport(doc, [day('2026-03-05', 0.5), day('2026-03-06', 0.5)], null, 3, ORIGIN);
    expect(again).toEqual({ ok: true, counts: { added: 0, changed: 1, unchanged: 0, protectedRows: 1 } });
    expect(readFinance(doc).labourRecords.map((record) => [record.day, record.manDays, record.signOff])).toEqual([['2026-03-05', 1, 'signed'], ['2026-03-06', 0.5, 'pending']]);
  });

  it('writes a piece-rate row as a piece-rate record with its unit and amount; a changed quantity updates it; the same file again is unchanged', () => {
    const doc = new Y.Doc();
    const worker = newId<'worker'>();
    const piece = (quantity: number): LabourRow => ({ ...row('2026-03-05', 0, '贴砖', 2), workerId: worker, pay: 'piece-rate', dayRate: 0 as Fen, pieceRate: 2550 as Fen, quantity, pieceUnit: '㎡' });
    expect(applyLabourImport(doc, [piece(12.5)], null, 1, ORIGIN)).toMatchObject({ ok: true, counts: { added: 1 } });
    const read = () => readFinance(doc).labourRecords.map((record) => [record.pay, record.pieceRate, record.quantity, record.pieceUnit, labourAmount(record)]);
    expect(read()).toEqual([['piece-rate', 2550, 12.5, '㎡', 31875]]);
    expect(applyLabourImport(doc, [piece(12.5)], null, 2, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 0, unchanged: 1, protectedRows: 0 } });
    expect(applyLabourImport(doc, [piece(20)], null, 3, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 1, unchanged: 0, protectedRows: 0 } });
    expect(read()).toEqual([['piece-rate', 2550, 20, '㎡', 51000]]);
  });

  it('a changed row keeps the hours per day set on the record by hand: the sheet has no such column', () => {
    const doc = new Y.Doc();
    const worker = newId<'worker'>();
    const tenHourDay: LabourInput = {
      workerId: worker, day: '2026-03-05' as IsoDay, timeUnit: 'hours', manDays: 0, hours: 10, hoursPerDay: 10, pay: 'day-rate',
      dayRate: 40000 as Fen, pieceRate: 0 as Fen, quantity: 0, overtimeHours: 0, overtimeRate: 0 as Fen, content: '砌墙', taskId: null,
    };
    expect(recordLabour(doc, tenHourDay, null, 1, ORIGIN).ok).toBe(true);
    const sheetRow: LabourRow = { ...row('2026-03-05', 0, '砌墙', 2), workerId: worker, hours: 10, dayRate: 40000 as Fen, overtimeHours: 1, overtimeRate: 5000 as Fen };

    expect(applyLabourImport(doc, [sheetRow], null, 2, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 1, unchanged: 0, protectedRows: 0 } });

    const [record] = readFinance(doc).labourRecords;
    expect(record).toMatchObject({ timeUnit: 'hours', hours: 10, hoursPerDay: 10, overtimeHours: 1 });
    // ten hours of a ten-hour day at ¥400, plus an hour's overtime at ¥50
    expect(record === undefined ? null : labourAmount(record)).toBe(45000);
  });

  it('the preview amount of a changed row is what will be stored: at the record\'s own hours per day, not 8', () => {
    const doc = new Y.Doc();
    const worker = newId<'worker'>();
    const tenHourDay: LabourInput = {
      workerId: worker, day: '2026-03-05' as IsoDay, timeUnit: 'hours', manDays: 0, hours: 10, hoursPerDay: 10, pay: 'day-rate',
      dayRate: 40000 as Fen, pieceRate: 0 as Fen, quantity: 0, overtimeHours: 0, overtimeRate: 0 as Fen, content: '砌墙', taskId: null,
    };
    expect(recordLabour(doc, tenHourDay, null, 1, ORIGIN).ok).toBe(true);
    const changedRow: LabourRow = { ...row('2026-03-05', 0, '砌墙', 2), workerId: worker, hours: 10, dayRate: 40000 as Fen, overtimeHours: 1, overtimeRate: 5000 as Fen };
    const newRow: LabourRow = { ...row('2026-03-06', 0, '砌墙', 3), workerId: worker, hours: 10, dayRate: 40000 as Fen };
    const records = readFinance(doc).labourRecords;
    const planned = planLabourImport([changedRow, newRow], records);
    expect(planned.changed.map((item) => item.row)).toEqual([changedRow]);

    const amounts = labourAmountsAsStored(planned, records);
    // at 8 h a day this would read ¥550 (10/8 × ¥400 + ¥50); the record keeps its 10-hour day
    expect(amounts.get(changedRow)).toBe(45000);
    expect(amounts.get(newRow)).toBe(50000);
    expect(applyLabourImport(doc, [changedRow, newRow], null, 2, ORIGIN).ok).toBe(true);
    const stored = readFinance(doc).labourRecords.map((record) => [record.day, labourAmount(record)]).sort();
    expect(stored).toEqual([['2026-03-05', amounts.get(changedRow)], ['2026-03-06', amounts.get(newRow)]]);
  });

  it('sends no update at all when a re-import changes nothing', () => {
    const doc = new Y.Doc();
    expect(applyCostImport(doc, costRows('50'), null, 1, ORIGIN).ok).toBe(true);
    let updates = 0;
    doc.on('update', () => { updates++; });
    expect(applyCostImport(doc, costRows('50'), null, 2, ORIGIN)).toEqual({ ok: true, counts: { added: 0, changed: 0, unchanged: 2, protectedRows: 0 } });
    expect(updates).toBe(0);
  });

  it('writes nothing when a command rejects any row', () => {
    const doc = new Y.Doc();
    const bad = { ...costRows('50')[1]!, sheetRow: 3, categoryId: 'not a category' as CategoryId };
    const result = applyCostImport(doc, [costRows('50')[0]!, bad], null, 1, ORIGIN);
    expect(result).toEqual({ ok: false, sheetRow: 3, reason: 'invalid-category' });
    expect(readFinance(doc).costEntries).toEqual([]);
  });
});
