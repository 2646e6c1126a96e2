import { describe, expect, it } from 'vitest';
import { parseRemembered, toOverride, toRemembered } from './mapping-memory';

describe('remembered column mapping', () => {
  it('remembers only what the person changed, by header text, and applies it to a file with moved columns', () => {
    const header = ['序号', '名称', '说明', '责任人'];
    const remembered = toRemembered({ wbs: 0, title: 1, notes: 2, assignees: 3 }, { wbs: 0, title: 2, assignees: 3 }, header);
    expect(remembered).toEqual({ title: '说明', notes: null });
    expect(toOverride(remembered, ['说明', '序号', '名称'])).toEqual({ title: 0, notes: null });
  });

  it('reads back what it stored and ignores anything else', () => {
    expect(parseRemembered(JSON.stringify({ title: '说明', notes: null, bogus: 1, start: 3 }))).toEqual({ title: '说明', notes: null });
    expect(parseRemembered('not json')).toEqual({});
    expect(parseRemembered(null)).toEqual({});
  });
});
