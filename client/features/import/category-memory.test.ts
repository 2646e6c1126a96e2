import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../../../shared/domain/finance/cost-category';
import type { CategoryId } from '../../../shared/domain/finance/finance-ids';
import { categoryMemoryKey, parseRememberedCategories, rememberChoice, rememberedChoices, serialiseRememberedCategories } from './category-memory';

const site = { id: 'c-site' as CategoryId, name: '临设', rank: 'b0' };
const categories = [...defaultCategories('zh'), site];

describe('remembered category picks', () => {
  it('remembers an existing category picked for a text and forgets it when the text goes to Other or is created', () => {
    const picked = rememberChoice(new Map(), '咨询费', { kind: 'existing', categoryId: 'c-site' as CategoryId }, categories);
    expect([...picked]).toEqual([['咨询费', { id: 'c-site', name: '临设' }]]);
    expect([...rememberChoice(picked, '咨询费', { kind: 'other' }, categories)]).toEqual([]);
    expect([...rememberChoice(picked, '咨询费', { kind: 'create' }, categories)]).toEqual([]);
  });

  it('applies a pick by id in the same project, by name in another project of the workspace, and drops it when neither has it', () => {
    const remembered = new Map([['咨询费', { id: 'c-site', name: '临设' }], ['试验费', { id: 'c-lab', name: '检测' }]]);
    expect([...rememberedChoices(remembered, categories)]).toEqual([['咨询费', { kind: 'existing', categoryId: 'c-site' }]]);
    const elsewhere = [...defaultCategories('zh'), { id: 'c-other-site' as CategoryId, name: '临 设', rank: 'b0' }];
    expect([...rememberedChoices(remembered, elsewhere)]).toEqual([['咨询费', { kind: 'existing', categoryId: 'c-other-site' }]]);
  });

  it('reads back what it stored per workspace and ignores anything else', () => {
    const stored = serialiseRememberedCategories(new Map([['咨询费', { id: 'c-site', name: '临设' }]]));
    expect([...parseRememberedCategories(stored)]).toEqual([['咨询费', { id: 'c-site', name: '临设' }]]);
    expect([...parseRememberedCategories(JSON.stringify({ a: { id: 1, name: 'x' }, b: 'text', c: null }))]).toEqual([]);
    expect([...parseRememberedCategories('[1]')]).toEqual([]);
    expect([...parseRememberedCategories('not json')]).toEqual([]);
    expect([...parseRememberedCategories(null)]).toEqual([]);
    expect(categoryMemoryKey('ws1')).toBe('sitebeam.importCategories.ws1');
  });
});
