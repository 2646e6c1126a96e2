import { describe, expect, it } from 'vitest';
import { makeLinkWindow } from './link-window';

const rows = new Map(Array.from({ length: 1000 }, (_, row) => [`t${row}`, row]));
const link = (from: number, to: number) => ({ id: `${from}-${to}`, from: `t${from}`, to: `t${to}` });

describe('link window', () => {
  const links = [link(1, 2), link(10, 12), link(5, 30), link(0, 900), link(40, 41), { id: 'gone', from: 'x', to: 't3' }];
  const window = makeLinkWindow(links, rows);
  const ids = (first: number, end: number) => window.visible(first, end).map((found) => found.id).sort();

  it('finds links with an end in view, once each', () => {
    expect(ids(0, 3)).toEqual(['0-900', '1-2']);
    expect(ids(10, 13)).toEqual(['0-900', '10-12', '5-30']);
  });
  it('finds links crossing the view with both ends outside it, short or long', () => {
    expect(ids(15, 20)).toEqual(['0-900', '5-30']);
    expect(ids(500, 510)).toEqual(['0-900']);
  });
  it('leaves out links to tasks not shown and links wholly elsewhere', () => {
    expect(ids(950, 960)).toEqual([]);
    expect(ids(42, 45)).toEqual(['0-900']);
  });
});
