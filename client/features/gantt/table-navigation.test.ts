import { describe, expect, it } from 'vitest';
import { tableKeyAction } from './table-navigation';

const size = { rows: 100, columns: 8, pageRows: 10 };
const at = { row: 5, column: 2 };

describe('table keyboard navigation', () => {
  it('moves the active cell with the arrows, stopping at the edges', () => {
    expect(tableKeyAction(size, at, { key: 'ArrowDown' })).toEqual({ kind: 'focus', cell: { row: 6, column: 2 } });
    expect(tableKeyAction(size, at, { key: 'ArrowLeft' })).toEqual({ kind: 'focus', cell: { row: 5, column: 1 } });
    expect(tableKeyAction(size, { row: 0, column: 0 }, { key: 'ArrowUp' })).toEqual({ kind: 'focus', cell: { row: 0, column: 0 } });
    expect(tableKeyAction(size, { row: 99, column: 7 }, { key: 'ArrowRight' })).toEqual({ kind: 'focus', cell: { row: 99, column: 7 } });
  });
  it('goes to the row ends with Home/End and the table ends with Ctrl', () => {
    expect(tableKeyAction(size, at, { key: 'End' })).toEqual({ kind: 'focus', cell: { row: 5, column: 7 } });
    expect(tableKeyAction(size, at, { key: 'Home', ctrlKey: true })).toEqual({ kind: 'focus', cell: { row: 0, column: 0 } });
    expect(tableKeyAction(size, at, { key: 'End', metaKey: true })).toEqual({ kind: 'focus', cell: { row: 99, column: 7 } });
  });
  it('pages by the rows in view', () => {
    expect(tableKeyAction(size, at, { key: 'PageDown' })).toEqual({ kind: 'focus', cell: { row: 15, column: 2 } });
    expect(tableKeyAction(size, at, { key: 'PageUp' })).toEqual({ kind: 'focus', cell: { row: 0, column: 2 } });
  });
  it('edits with Enter or F2, indents and outdents with Alt+Shift+arrows, adds below with Insert', () => {
    expect(tableKeyAction(size, at, { key: 'Enter' })).toEqual({ kind: 'edit', cell: at });
    expect(tableKeyAction(size, at, { key: 'F2' })).toEqual({ kind: 'edit', cell: at });
    expect(tableKeyAction(size, at, { key: 'ArrowRight', altKey: true, shiftKey: true })).toEqual({ kind: 'indent', row: 5 });
    expect(tableKeyAction(size, at, { key: 'ArrowLeft', altKey: true, shiftKey: true })).toEqual({ kind: 'outdent', row: 5 });
    expect(tableKeyAction(size, at, { key: 'Insert' })).toEqual({ kind: 'add-below', row: 5 });
    expect(tableKeyAction(size, at, { key: 'x' })).toEqual({ kind: 'none' });
  });
  it('in an empty table only adds', () => {
    expect(tableKeyAction({ ...size, rows: 0 }, at, { key: 'ArrowDown' })).toEqual({ kind: 'none' });
    expect(tableKeyAction({ ...size, rows: 0 }, at, { key: 'Insert' })).toEqual({ kind: 'add-below', row: -1 });
  });
});
