import { describe, expect, it } from 'vitest';
import type { ColumnId } from '../ids';
import type { Rank } from '../rank';
import { effectiveColumnId, groupCardsByColumn, isAtWipLimit, isOverWipLimit } from './board';

const columns = [
  { id: 'col_first000001' as ColumnId, rank: 'a0' as Rank },
  { id: 'col_second00001' as ColumnId, rank: 'a1' as Rank },
];

describe('board layout', () => {
  it('puts a card whose column no longer exists in the first column', () => {
    expect(effectiveColumnId(columns, 'col_deleted0001' as ColumnId)).toBe(columns[0]?.id);
    expect(effectiveColumnId(columns, null)).toBe(columns[0]?.id);
    expect(effectiveColumnId([], null)).toBeNull();
  });

  it('orders cards by rank, breaking ties by id, with every card in exactly one column', () => {
    const cards = [
      { id: 'b', columnId: columns[1]?.id ?? null, rank: 'a1' as Rank },
      { id: 'a', columnId: columns[1]?.id ?? null, rank: 'a1' as Rank },
      { id: 'c', columnId: columns[1]?.id ?? null, rank: 'a0' as Rank },
      { id: 'd', columnId: 'col_gone0000001' as ColumnId, rank: 'a5' as Rank },
    ];
    const groups = groupCardsByColumn(columns, cards);
    expect(groups.get(columns[1]?.id as ColumnId)?.map((card) => card.id)).toEqual(['c', 'a', 'b']);
    expect(groups.get(columns[0]?.id as ColumnId)?.map((card) => card.id)).toEqual(['d']);
  });

  it('flags a column at and over its WIP limit', () => {
    expect(isAtWipLimit(3, 3)).toBe(true);
    expect(isOverWipLimit(3, 3)).toBe(false);
    expect(isOverWipLimit(3, 4)).toBe(true);
    expect(isOverWipLimit(null, 100)).toBe(false);
  });
});
