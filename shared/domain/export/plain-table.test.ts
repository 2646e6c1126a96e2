import { describe, expect, it } from 'vitest';
import { plainTable } from './plain-table';
import { writeCsv } from './write-csv';

describe('plainTable', () => {
  it('keeps numbers as numbers, neutralises formula text and fills missing cells', () => {
    const table = plainTable(['Rank', 'Member', 'Points'], [[1, '=HYPERLINK("x")', 45], [2, 'Bo Li']]);
    expect(table.rows).toEqual([
      [{ kind: 'number', value: 1 }, { kind: 'text', value: '\'=HYPERLINK("x")' }, { kind: 'number', value: 45 }],
      [{ kind: 'number', value: 2 }, { kind: 'text', value: 'Bo Li' }, { kind: 'empty' }],
    ]);
    expect(writeCsv(table)).toBe('\uFEFFRank,Member,Points\r\n1,"\'=HYPERLINK(""x"")",45\r\n2,Bo Li,\r\n');
  });

  it('sizes each column to its longest cell, within 8 and 40 characters', () => {
    const table = plainTable(['A', 'Name'], [['x', 'a'.repeat(60)]]);
    expect(table.widths).toEqual([8, 40]);
  });
});
