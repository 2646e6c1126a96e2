// Keyboard navigation of the task table as a grid: arrows move the active cell, Home/End go to the
// row's first/last column (with Ctrl, the table's first/last row), PageUp/PageDown move by a page,
// Enter or F2 edits the cell, Alt+Shift+→/← indent and outdent, Insert adds a task below.
export interface GridCell {
  readonly row: number;
  readonly column: number;
}

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
  /** Rows that fit in the view, for PageUp/PageDown. */
  readonly pageRows: number;
}

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
}

export type TableAction =
  | { readonly kind: 'focus'; readonly cell: GridCell }
  | { readonly kind: 'edit'; readonly cell: GridCell }
  | { readonly kind: 'indent' | 'outdent' | 'add-below'; readonly row: number }
  | { readonly kind: 'none' };

export function tableKeyAction(size: GridSize, at: GridCell, press: KeyPress): TableAction {
  if (size.rows === 0) return press.key === 'Insert' ? { kind: 'add-below', row: -1 } : { kind: 'none' };
  const ctrl = press.ctrlKey === true || press.metaKey === true;
  const focus = (row: number, column: number): TableAction => ({
    kind: 'focus',
    cell: { row: clamp(row, 0, size.rows - 1), column: clamp(column, 0, size.columns - 1) },
  });
  if (press.altKey === true && press.shiftKey === true) {
    if (press.key === 'ArrowRight') return { kind: 'indent', row: at.row };
    if (press.key === 'ArrowLeft') return { kind: 'outdent', row: at.row };
    return { kind: 'none' };
  }
  switch (press.key) {
    case 'ArrowUp': return focus(at.row - 1, at.column);
    case 'ArrowDown': return focus(at.row + 1, at.column);
    case 'ArrowLeft': return focus(at.row, at.column - 1);
    case 'ArrowRight': return focus(at.row, at.column + 1);
    case 'Home': return ctrl ? focus(0, 0) : focus(at.row, 0);
    case 'End': return ctrl ? focus(size.rows - 1, size.columns - 1) : focus(at.row, size.columns - 1);
    case 'PageUp': return focus(at.row - Math.max(1, size.pageRows), at.column);
    case 'PageDown': return focus(at.row + Math.max(1, size.pageRows), at.column);
    case 'Enter':
    case 'F2': return { kind: 'edit', cell: at };
    case 'Insert': return { kind: 'add-below', row: at.row };
    default: return { kind: 'none' };
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
