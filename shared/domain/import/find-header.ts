// The header row is often not the first: a merged title ("某某工程施工进度计划表"), a project line and
// a blank row come above it. The header is the row among the first ones that names the most fields,
// with a task-name column; a title cell names at most one.
import { guessFieldMapping, guessMapping, type GuessedMapping } from './column-mapping';
import type { CellValue, Sheet } from './sheet-types';

export const HEADER_SEARCH_ROWS = 30;

export interface FoundHeader extends GuessedMapping {
  /** 0-based index into the sheet. */
  readonly headerRow: number;
}

export function findHeader(sheet: Sheet): FoundHeader | null {
  let best: FoundHeader | null = null;
  let bestScore = 0;
  const rows = Math.min(sheet.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < rows; index++) {
    const guess = guessMapping(sheet[index] ?? []);
    if (guess.mapping.title === undefined) continue;
    const score = Object.values(guess.confidence).reduce((sum, value) => sum + (value ?? 0), 0);
    if (score > bestScore + 1e-9 && Object.keys(guess.mapping).length >= 2) {
      best = { headerRow: index, ...guess };
      bestScore = score;
    }
  }
  return best;
}

/** The header row of a labour or cost sheet: the row naming the most of `fields`, with the `required` ones. */
export function findFieldHeader<F extends string>(sheet: Sheet, fields: readonly F[], synonyms: Readonly<Record<F, readonly string[]>>, required: readonly F[]): { headerRow: number; mapping: Partial<Record<F, number>> } | null {
  let best: { headerRow: number; mapping: Partial<Record<F, number>> } | null = null;
  let bestScore = 0;
  const rows = Math.min(sheet.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < rows; index++) {
    const cells: readonly CellValue[] = sheet[index] ?? [];
    const guess = guessFieldMapping(cells, fields, synonyms);
    if (required.some((field) => guess.mapping[field] === undefined)) continue;
    const score = Object.values<number | undefined>(guess.confidence).reduce<number>((sum, value) => sum + (value ?? 0), 0);
    if (score > bestScore + 1e-9 && Object.keys(guess.mapping).length >= 2) {
      best = { headerRow: index, mapping: guess.mapping };
      bestScore = score;
    }
  }
  return best;
}
