import { describe, expect, it } from 'vitest';
import type { ColumnId, TaskId } from '../../../shared/ids';
import { dropIndex, keyboardDestination, toFullIndex, type VisibleBoard } from './card-moves';

const [todo, doing, done] = ['todoTODOtodo', 'doingDOINGdo', 'doneDONEdone'] as ColumnId[] as [ColumnId, ColumnId, ColumnId];
const [a, b, c, d] = ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd'] as TaskId[] as [TaskId, TaskId, TaskId, TaskId];
const board: VisibleBoard = { columnIds: [todo, doing, done], cards: new Map([[todo, [a, b, c]], [doing, [d]], [done, []]]) };

describe('keyboardDestination', () => {
  it('moves up and down within a column and stops at its ends', () => {
    expect(keyboardDestination(board, b, 'up')).toEqual({ columnId: todo, index: 0 });
    expect(keyboardDestination(board, b, 'down')).toEqual({ columnId: todo, index: 2 });
    expect(keyboardDestination(board, a, 'up')).toBeNull();
    expect(keyboardDestination(board, c, 'down')).toBeNull();
  });
  it('moves to the neighbouring column at the same height, clamped to its length', () => {
    expect(keyboardDestination(board, c, 'right')).toEqual({ columnId: doing, index: 1 });
    expect(keyboardDestination(board, d, 'right')).toEqual({ columnId: done, index: 0 });
    expect(keyboardDestination(board, a, 'left')).toBeNull();
    expect(keyboardDestination(board, d, 'left')).toEqual({ columnId: todo, index: 0 });
  });
  it('refuses a card that is not on the board', () => {
    expect(keyboardDestination(board, 'zzzzzzzzzz' as TaskId, 'up')).toBeNull();
  });
});

describe('toFullIndex', () => {
  const all = ['p', 'q', 'r', 's', 't'];
  it('is the same index without filters', () => {
    for (let index = 0; index <= all.length; index++) expect(toFullIndex(all, all, index)).toBe(index);
  });
  it('places the card right after the visible card above the drop point', () => {
    const visible = ['q', 's'];
    expect(toFullIndex(visible, all, 0)).toBe(1);
    expect(toFullIndex(visible, all, 1)).toBe(2);
    expect(toFullIndex(visible, all, 2)).toBe(4);
  });
  it('goes to the end of a column whose cards are all hidden', () => {
    expect(toFullIndex([], all, 0)).toBe(0);
    expect(toFullIndex([], [], 0)).toBe(0);
  });
});

describe('dropIndex', () => {
  it('counts the cards whose middle is above the pointer', () => {
    expect(dropIndex([10, 50, 90], 5)).toBe(0);
    expect(dropIndex([10, 50, 90], 60)).toBe(2);
    expect(dropIndex([10, 50, 90], 200)).toBe(3);
    expect(dropIndex([], 10)).toBe(0);
  });
});
