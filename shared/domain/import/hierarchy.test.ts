import { describe, expect, it } from 'vitest';
import { buildOutline, splitIndent, type OutlineInput } from './hierarchy';

const row = (wbs: string | null, level: number | null = null, indent = 0): OutlineInput => ({ wbs, level, indent });

describe('buildOutline', () => {
  it('hangs each WBS code under its prefix', () => {
    const outline = buildOutline([row('1'), row('1.1'), row('1.1.1'), row('1.1.2'), row('1.2'), row('2')]);
    expect(outline.source).toBe('wbs');
    expect(outline.parents).toEqual([null, 0, 1, 1, 0, null]);
  });

  it('attaches a code whose parent is missing to the nearest ancestor and reports it', () => {
    const outline = buildOutline([row('1'), row('1.2.3')]);
    expect(outline.parents).toEqual([null, 0]);
    expect([...outline.orphans]).toEqual([1]);
  });

  it('reads an outline-level column, tolerating a jump of two levels', () => {
    const outline = buildOutline([row(null, 1), row(null, 2), row(null, 3), row(null, 2), row(null, 1), row(null, 3)]);
    expect(outline.source).toBe('outline-level');
    expect(outline.parents).toEqual([null, 0, 1, 0, null, 4]);
  });

  it('reads indentation of the task names when there is nothing else', () => {
    const outline = buildOutline([row(null, null, 0), row(null, null, 2), row(null, null, 4), row(null, null, 2), row(null, null, 0)]);
    expect(outline.source).toBe('indent');
    expect(outline.parents).toEqual([null, 0, 1, 0, null]);
  });

  it('keeps plain sequence numbers flat', () => {
    expect(buildOutline([row('1'), row('2'), row('3')])).toEqual({ parents: [null, null, null], source: 'flat', orphans: new Set() });
  });
});

describe('splitIndent', () => {
  it('measures spaces, full-width spaces and tabs', () => {
    expect(splitIndent('  　基础 ')).toEqual({ indent: 4, name: '基础' });
    expect(splitIndent('\tPour')).toEqual({ indent: 4, name: 'Pour' });
  });
});
