import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain fields and empty cells as null', () => {
    expect(parseCsv('a,b,\n1,,3\n')).toEqual([['a', 'b', null], ['1', null, '3']]);
  });

  it('drops a byte-order mark and reads CRLF and CR line ends', () => {
    expect(parseCsv('\uFEFF任务名称,工期\r\n开挖,5\r基础,3')).toEqual([['任务名称', '工期'], ['开挖', '5'], ['基础', '3']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    expect(parseCsv('"a,b","say ""hi""","two\r\nlines"\nx,y,z')).toEqual([['a,b', 'say "hi"', 'two\r\nlines'], ['x', 'y', 'z']]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsv('5" pipe,2')).toEqual([['5" pipe', '2']]);
  });

  it('detects semicolon and tab delimiters from the first line', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a;"b;c"\n1;2')).toEqual([['a', 'b;c'], ['1', '2']]);
  });

  it('reads nothing from an empty file', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });
});
