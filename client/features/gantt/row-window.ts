// Row virtualization: of thousands of rows of equal height, only those in the viewport (plus a few
// above and below, so a fast scroll doesn't show blank rows before the next frame) are built.
export interface RowWindow {
  /** First row built. */
  readonly first: number;
  /** Row after the last one built. */
  readonly end: number;
  /** Height of all rows: the scroll area's size. */
  readonly totalHeight: number;
}

export interface RowViewport {
  readonly scrollTop: number;
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly rowCount: number;
  /** Rows built beyond each edge of the view. */
  readonly overscan: number;
}

export function rowWindow(view: RowViewport): RowWindow {
  const { rowHeight, rowCount, overscan } = view;
  const totalHeight = rowCount * rowHeight;
  if (rowCount === 0 || rowHeight <= 0) return { first: 0, end: 0, totalHeight: 0 };
  const top = Math.max(0, Math.min(view.scrollTop, totalHeight));
  const firstInView = Math.floor(top / rowHeight);
  const endInView = Math.ceil((top + Math.max(0, view.viewportHeight)) / rowHeight);
  return {
    first: Math.max(0, firstInView - overscan),
    end: Math.min(rowCount, Math.max(endInView, firstInView + 1) + overscan),
    totalHeight,
  };
}

/** The scrollTop that brings a row into view, or null when it already is fully visible. */
export function scrollTopToReveal(view: RowViewport, row: number): number | null {
  const top = row * view.rowHeight;
  const bottom = top + view.rowHeight;
  if (top < view.scrollTop) return top;
  if (bottom > view.scrollTop + view.viewportHeight) return Math.max(0, bottom - view.viewportHeight);
  return null;
}
