import { describe, expect, it } from 'vitest';
import type { Rank } from '../../rank';
import { outlineRows, type OutlineItem } from './outline-rows';

const item = (id: string, parentId: string | null, rank: string): OutlineItem => ({ id, parentId, outlineRank: rank as Rank });

describe('outline rows', () => {
  const items = [item('c', null, 'a2'), item('a', null, 'a0'), item('a2', 'a', 'a1'), item('a1', 'a', 'a0'), item('a1x', 'a1', 'a0')];
  it('walks the outline depth first, siblings by rank, with depths', () => {
    expect(outlineRows(items, new Set())).toEqual([
      { id: 'a', depth: 0, hasChildren: true },
      { id: 'a1', depth: 1, hasChildren: true },
      { id: 'a1x', depth: 2, hasChildren: false },
      { id: 'a2', depth: 1, hasChildren: false },
      { id: 'c', depth: 0, hasChildren: false },
    ]);
  });
  it('hides what sits under a collapsed summary', () => {
    expect(outlineRows(items, new Set(['a1'])).map((row) => row.id)).toEqual(['a', 'a1', 'a2', 'c']);
    expect(outlineRows(items, new Set(['a'])).map((row) => row.id)).toEqual(['a', 'c']);
  });
  it('shows a task with a missing parent, or in a circle of parents, at the top', () => {
    const broken = [item('x', 'gone', 'a0'), item('p', 'q', 'a1'), item('q', 'p', 'a2')];
    expect(outlineRows(broken, new Set()).map((row) => [row.id, row.depth])).toEqual([['x', 0], ['p', 0], ['q', 0]]);
  });
  it('breaks equal ranks by id and handles a deep chain without recursion', () => {
    expect(outlineRows([item('b', null, 'a0'), item('a', null, 'a0')], new Set()).map((row) => row.id)).toEqual(['a', 'b']);
    const chain = Array.from({ length: 20_000 }, (_, at) => item(`t${at}`, at === 0 ? null : `t${at - 1}`, 'a0'));
    expect(outlineRows(chain, new Set()).at(-1)?.depth).toBe(19_999);
  });
});
