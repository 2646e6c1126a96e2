import { describe, expect, it } from 'vitest';
import type { BarBox } from './bar-geometry';
import { linkEnds, linkPath } from './link-path';

const box = (x: number, row: number, width = 40): BarBox => ({ kind: 'task', x, y: row * 32 + 6, width, height: 16, progressWidth: 0 });

function points(d: string): [number, number][] {
  return d.slice(1).split('L').map((pair) => pair.split(',').map(Number) as [number, number]);
}

describe('link paths', () => {
  it('names the ends each link type joins', () => {
    expect(linkEnds('FS')).toEqual({ from: 'finish', to: 'start' });
    expect(linkEnds('SS')).toEqual({ from: 'start', to: 'start' });
    expect(linkEnds('FF')).toEqual({ from: 'finish', to: 'finish' });
    expect(linkEnds('SF')).toEqual({ from: 'start', to: 'finish' });
  });
  it('runs finish-to-start from the right edge of the predecessor into the left edge of the successor', () => {
    const path = points(linkPath('FS', box(0, 0), box(100, 1)).d);
    expect(path[0]).toEqual([40, 14]);
    expect(path.at(-1)).toEqual([100, 46]);
    // every segment is horizontal or vertical
    for (let at = 1; at < path.length; at++) expect(path[at]?.[0] === path[at - 1]?.[0] || path[at]?.[1] === path[at - 1]?.[1]).toBe(true);
  });
  it('goes round between the rows when the successor starts before the predecessor finishes', () => {
    const path = points(linkPath('FS', box(0, 0, 200), box(50, 2)).d);
    expect(path.some(([, y]) => y === 14 + 16)).toBe(true);
    expect(path.at(-1)).toEqual([50, 78]);
  });
  it('points the arrowhead into the end it joins', () => {
    const intoStart = linkPath('SS', box(0, 0), box(100, 1)).head;
    expect(intoStart.startsWith('M100,46L95,')).toBe(true);
    const intoFinish = linkPath('FF', box(0, 0), box(100, 1)).head;
    expect(intoFinish.startsWith('M140,46L145,')).toBe(true);
  });
});
