import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../finance/cost-category';
import type { CategoryId } from '../finance/finance-ids';
import { categoryChoiceArgs, findUnknownCategories, type CategoryChoice } from './unknown-categories';

describe('unknown categories of a cost sheet', () => {
  it('lists each text the room has no category for once (case, spaces and widths ignored), named as first written, with its rows', () => {
    const categories = [...defaultCategories('zh'), { id: 'c-site' as CategoryId, name: '临设', rank: 'b0' }];
    const long = '费'.repeat(201);
    const sheet = [
      ['日期', '类别', '金额'],
      ['2026-03-05', '咨询  费', '1'],
      ['2026-03-05', '材料费', '2'],
      ['2026-03-05', '临 设', '3'],
      ['2026-03-06', '咨询费', '4'],
      ['2026-03-06', 'Testing', '5'],
      ['2026-03-06', 'ＴＥＳＴＩＮＧ', '6'],
      ['2026-03-07', '', '7'],
      ['2026-03-07', long, '8'],
    ];
    expect(findUnknownCategories(sheet, 0, { day: 0, category: 1, amount: 2 }, categories)).toEqual([
      { key: '咨询费', name: '咨询 费', creatable: true, sheetRows: [2, 5], restores: null },
      { key: 'testing', name: 'Testing', creatable: true, sheetRows: [6, 7], restores: null },
      { key: long, name: long, creatable: false, sheetRows: [9], restores: null },
    ]);
  });

  it('a text that reads as a removed category is offered as its restore, under its own name, not as a new category', () => {
    const removed = [{ id: 'c-scaffold' as CategoryId, name: 'Scaffolding', rank: 'b1' }];
    const sheet = [['日期', '类别', '金额'], ['2026-03-05', 'SCAFFOLDING', '1'], ['2026-03-05', 'scaffolding ', '2'], ['2026-03-06', 'Testing', '3']];
    expect(findUnknownCategories(sheet, 0, { day: 0, category: 1, amount: 2 }, defaultCategories('en'), removed)).toEqual([
      { key: 'scaffolding', name: 'Scaffolding', creatable: true, sheetRows: [2, 3], restores: 'c-scaffold' },
      { key: 'testing', name: 'Testing', creatable: true, sheetRows: [4], restores: null },
    ]);
  });

  it('finds none when no column holds the category', () => {
    expect(findUnknownCategories([['日期', '金额'], ['2026-03-05', '1']], 0, { day: 0, amount: 1 }, defaultCategories('en'))).toEqual([]);
  });

  it('turns the choices into what readCostRows takes: texts to create and texts to book under a picked category; Other is neither', () => {
    const choices = new Map<string, CategoryChoice>([
      ['咨询费', { kind: 'create' }], ['试验费', { kind: 'existing', categoryId: 'overhead' as CategoryId }], ['杂项费', { kind: 'other' }],
    ]);
    const { create, use } = categoryChoiceArgs(choices);
    expect([...create]).toEqual(['咨询费']);
    expect([...use]).toEqual([['试验费', 'overhead']]);
  });
});
