// Which column feeds which field, guessed from the header cells: an exact synonym scores 1, a header
// that contains a synonym (计划开始时间 ⊃ 开始时间) 0.7. Each field goes to its best column and each
// column to one field, best scores first. The user's own mapping (remembered per workspace) wins.
import { cellText } from './cell-ref';
import { COLUMN_SYNONYMS, normaliseHeader } from './column-synonyms';
import { IMPORT_FIELDS, type CellValue, type ColumnMapping, type ImportField } from './sheet-types';

export const EXACT_SCORE = 1;
export const CONTAINS_SCORE = 0.7;

export interface GuessedMapping {
  readonly mapping: ColumnMapping;
  /** 0–1 per mapped field: how sure the guess is. */
  readonly confidence: Readonly<Partial<Record<ImportField, number>>>;
}

export function scoreHeader(cell: CellValue, field: ImportField): number {
  return scoreHeaderAgainst(cell, COLUMN_SYNONYMS[field]);
}

/** Any field set's score for one header cell against that field's synonyms. */
export function scoreHeaderAgainst(cell: CellValue, synonyms: readonly string[]): number {
  const header = normaliseHeader(cellText(cell));
  if (header === '') return 0;
  if (synonyms.includes(header)) return EXACT_SCORE;
  // Short English words ("no", "end") only count whole, or "notes" would contain "no".
  return synonyms.some((word) => word.length >= 2 && /[^\x00-\x7f]/.test(word) && header.includes(word)) ? CONTAINS_SCORE : 0;
}

export function guessMapping(header: readonly CellValue[]): GuessedMapping {
  return guessFieldMapping(header, IMPORT_FIELDS, COLUMN_SYNONYMS);
}

/** The same guess for any set of fields (labour, cost sheets), fields listed in order of importance. */
export function guessFieldMapping<F extends string>(header: readonly CellValue[], fields: readonly F[], synonyms: Readonly<Record<F, readonly string[]>>): { mapping: Partial<Record<F, number>>; confidence: Partial<Record<F, number>> } {
  const candidates: { field: F; column: number; score: number }[] = [];
  header.forEach((cell, column) => {
    for (const field of fields) {
      const score = scoreHeaderAgainst(cell, synonyms[field]);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  // Stable: best score first, then the field's order of importance, then the leftmost column.
  candidates.sort((a, b) => b.score - a.score || fields.indexOf(a.field) - fields.indexOf(b.field) || a.column - b.column);
  const mapping: Partial<Record<F, number>> = {};
  const confidence: Partial<Record<F, number>> = {};
  const usedColumns = new Set<number>();
  for (const { field, column, score } of candidates) {
    if (mapping[field] !== undefined || usedColumns.has(column)) continue;
    mapping[field] = column;
    confidence[field] = score;
    usedColumns.add(column);
  }
  return { mapping, confidence };
}

/**
 * The user's corrections over the guess: a field set to a column takes it (from whichever field had it),
 * a field set to null is not imported.
 */
export function applyMappingOverride(guess: ColumnMapping, override: Readonly<Partial<Record<ImportField, number | null>>>): ColumnMapping {
  return applyFieldOverride(IMPORT_FIELDS, guess, override);
}

/** The same corrections for any set of fields (labour, cost sheets). */
export function applyFieldOverride<F extends string>(fields: readonly F[], guess: Readonly<Partial<Record<F, number>>>, override: Readonly<Partial<Record<F, number | null>>>): Partial<Record<F, number>> {
  const result: Partial<Record<F, number>> = { ...guess };
  for (const field of fields) {
    const wanted = override[field];
    if (wanted === undefined) continue;
    if (wanted === null) {
      delete result[field];
      continue;
    }
    for (const other of fields) if (result[other] === wanted) delete result[other];
    result[field] = wanted;
  }
  return result;
}
