// Which rows a long import preview shows: rows with problems first (so none is hidden behind a
// limit), then the rest, up to a limit that keeps the page fast, back in sheet order.
export const MAX_PREVIEW_ROWS = 500;

export function previewRows<T extends { readonly sheetRow: number; readonly issues: readonly unknown[] }>(entries: readonly T[], limit = MAX_PREVIEW_ROWS): T[] {
  const withProblems = entries.filter((entry) => entry.issues.length > 0);
  const rest = entries.filter((entry) => entry.issues.length === 0);
  return [...withProblems, ...rest].slice(0, limit).sort((a, b) => a.sheetRow - b.sheetRow);
}
