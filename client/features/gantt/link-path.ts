// The arrow drawn for a dependency: from the predecessor's end the link type names (finish for F·,
// start for S·) to the successor's end (·S start, ·F finish), as right-angled SVG path segments that
// leave and enter each bar horizontally, with the arrowhead pointing into the successor.
import type { LinkType } from '../../../shared/domain/schedule/schedule-types';
import { barEnd, ROW_HEIGHT_PX, type BarBox } from './bar-geometry';

/** How far the line runs straight out of a bar end before it turns. */
const STUB_PX = 8;
const HEAD_PX = 5;

export function linkEnds(type: LinkType): { readonly from: 'start' | 'finish'; readonly to: 'start' | 'finish' } {
  switch (type) {
    case 'FS': return { from: 'finish', to: 'start' };
    case 'SS': return { from: 'start', to: 'start' };
    case 'FF': return { from: 'finish', to: 'finish' };
    case 'SF': return { from: 'start', to: 'finish' };
  }
}

export interface LinkPath {
  /** The line. */
  readonly d: string;
  /** The arrowhead (a closed triangle). */
  readonly head: string;
}

export function linkPath(type: LinkType, from: BarBox, to: BarBox): LinkPath {
  const ends = linkEnds(type);
  const a = barEnd(from, ends.from);
  const b = barEnd(to, ends.to);
  const outA = ends.from === 'finish' ? 1 : -1; // leaves a finish to the right, a start to the left
  const inB = ends.to === 'start' ? -1 : 1; // enters a start from the left, a finish from the right
  const ax = a.x + outA * STUB_PX;
  const bx = b.x + inB * STUB_PX;
  const points: [number, number][] = [[a.x, a.y], [ax, a.y]];
  const direct = outA === 1 && inB === -1 ? ax <= bx : outA === -1 && inB === 1 ? ax >= bx : true;
  if (direct) {
    const turnX = outA === inB ? (outA === 1 ? Math.max(ax, bx) : Math.min(ax, bx)) : ax;
    points.push([turnX, a.y], [turnX, b.y]);
  } else {
    // the successor's end lies behind: run between the two rows, then back
    const midY = a.y < b.y ? Math.min(b.y, a.y + ROW_HEIGHT_PX / 2) : Math.max(b.y, a.y - ROW_HEIGHT_PX / 2);
    points.push([ax, midY], [bx, midY], [bx, b.y]);
  }
  points.push([b.x, b.y]);
  const d = `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}`;
  const tip = b.x;
  const back = b.x + inB * HEAD_PX;
  const head = `M${round(tip)},${round(b.y)}L${round(back)},${round(b.y - HEAD_PX)}L${round(back)},${round(b.y + HEAD_PX)}Z`;
  return { d, head };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
