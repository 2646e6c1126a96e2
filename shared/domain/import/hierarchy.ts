// The WBS outline of imported rows, from whichever the sheet has: dotted WBS codes (1, 1.1, 1.1.2),
// an outline-level column (1, 2, 3), or task names indented with leading spaces. Returns each row's
// parent index (null = top level) and the rows whose parent had to be guessed.

export interface OutlineInput {
  readonly wbs: string | null;
  readonly level: number | null;
  /** Leading spaces of the task name (a full-width space counts as two, a tab as four). */
  readonly indent: number;
}

export interface Outline {
  readonly parents: readonly (number | null)[];
  readonly source: 'wbs' | 'outline-level' | 'indent' | 'flat';
  /** Rows whose WBS parent code is not in the sheet (attached to the nearest ancestor found instead). */
  readonly orphans: ReadonlySet<number>;
}

export function buildOutline(rows: readonly OutlineInput[]): Outline {
  if (rows.some((row) => row.wbs !== null && row.wbs.includes('.'))) return fromWbs(rows);
  if (rows.some((row) => row.level !== null && row.level > 1)) return fromLevels(rows.map((row) => row.level ?? 1), 'outline-level');
  const indents = [...new Set(rows.map((row) => row.indent))].sort((a, b) => a - b);
  if (indents.length > 1) return fromLevels(rows.map((row) => indents.indexOf(row.indent) + 1), 'indent');
  return { parents: rows.map(() => null), source: 'flat', orphans: new Set() };
}

function fromWbs(rows: readonly OutlineInput[]): Outline {
  const byCode = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.wbs !== null && !byCode.has(row.wbs)) byCode.set(row.wbs, index);
  });
  const orphans = new Set<number>();
  const parents = rows.map((row, index) => {
    if (row.wbs === null) return null;
    const parts = row.wbs.split('.');
    for (let length = parts.length - 1; length > 0; length--) {
      const parent = byCode.get(parts.slice(0, length).join('.'));
      if (parent !== undefined && parent !== index) {
        if (length !== parts.length - 1) orphans.add(index);
        return parent;
      }
    }
    if (parts.length > 1) orphans.add(index);
    return null;
  });
  return { parents, source: 'wbs', orphans };
}

/** A row at level n hangs under the last row above it with a lower level (a jump from 1 to 3 hangs under the 1). */
function fromLevels(levels: readonly number[], source: 'outline-level' | 'indent'): Outline {
  const stack: { index: number; level: number }[] = [];
  const parents = levels.map((level, index) => {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    const parent = stack.at(-1)?.index ?? null;
    stack.push({ index, level });
    return parent;
  });
  return { parents, source, orphans: new Set() };
}

/** Leading whitespace width of a name cell, and the name without it. */
export function splitIndent(text: string): { indent: number; name: string } {
  const match = /^[ \t\u3000\u00a0]*/.exec(text)?.[0] ?? '';
  let indent = 0;
  for (const char of match) indent += char === '\t' ? 4 : char === '\u3000' ? 2 : 1;
  return { indent, name: text.slice(match.length).trim() };
}
