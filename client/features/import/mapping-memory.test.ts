import { describe, expect, it } from 'vitest';
import { COST_FIELDS } from '../../../shared/domain/import/cost-columns';
import { IMPORT_FIELDS } from '../../../shared/domain/import/sheet-types';
import { parseRemembered, storageKey, toOverride, toRemembered } from './mapping-memory';

describe('remembered column mapping', () => {
  it('remembers only what the person changed, by header text, and applies it to a file with moved columns', () => {
    const header = ['序号', '名称', '说明', '责任人'];
    const remembered = toRemembered(IMPORT_FIELDS, { wbs: 0, title: 1, notes: 2, assignees: 3 }, { wbs: 0, title: 2, assignees: 3 }, header);
    expect(remembered).toEqual({ title: '说明', notes: null });
    expect(toOverride(IMPORT_FIELDS, remembered, ['说明', '序号', '名称'])).toEqual({ title: 0, notes: null });
  });

  it('reads back what it stored and ignores anything else', () => {
    expect(parseRemembered(IMPORT_FIELDS, JSON.stringify({ title: '说明', notes: null, bogus: 1, start: 3 }))).toEqual({ title: '说明', notes: null });
    expect(parseRemembered(IMPORT_FIELDS, 'not json')).toEqual({});
    expect(parseRemembered(IMPORT_FIELDS, null)).toEqual({});
  });

  it('keeps each kind of sheet apart, reading only that kind\'s fields', () => {
    expect(storageKey('ws1')).toBe('sitebeam.importMapping.ws1');
    expect(storageKey('ws1', 'costs')).toBe('sitebeam.importMapping.costs.ws1');
    expect(parseRemembered(COST_FIELDS, JSON.stringify({ amount: '费用', title: '名称' }))).toEqual({ amount: '费用' });
  });
});
