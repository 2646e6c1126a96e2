import { describe, expect, it } from 'vitest';
import { wbsCodes, type OutlineItem } from './wbs-codes';

const item = (id: string, parentId: string | null, outlineRank: string): OutlineItem => ({ id, parentId, outlineRank });

describe('wbsCodes', () => {
  it('numbers the outline depth-first, siblings by outline rank', () => {
    const codes = wbsCodes([
      item('b', null, 'a1'), item('a', null, 'a0'), item('a2', 'a', 'a1'), item('a1', 'a', 'a0'), item('a1x', 'a1', 'a0'),
    ]);
    expect(Object.fromEntries(codes)).toEqual({ a: '1', a1: '1.1', a1x: '1.1.1', a2: '1.2', b: '2' });
  });

  it('breaks rank ties by id, so every device shows the same codes', () => {
    expect(Object.fromEntries(wbsCodes([item('y', null, 'a0'), item('x', null, 'a0')]))).toEqual({ x: '1', y: '2' });
  });

  it('makes tasks with a missing parent or a looping parent chain top level instead of losing them', () => {
    const codes = wbsCodes([item('a', 'b', 'a0'), item('b', 'a', 'a1'), item('c', 'gone', 'a2'), item('d', 'a', 'a0')]);
    expect(codes.size).toBe(4);
    expect(codes.get('a')).toBe('1');
    expect(codes.get('b')).toBe('2');
    expect(codes.get('c')).toBe('3');
    expect(codes.get('d')).toBe('1.1');
  });
});
