// What a cell parser returns: the value read (null when unusable) and at most one problem, which the
// row parser turns into an ImportIssue with the cell reference and the text found.
import type { ImportIssue } from './sheet-types';

export type CellProblem = Pick<ImportIssue, 'severity' | 'code' | 'assumed'>;

export interface CellParse<T> {
  readonly value: T | null;
  readonly problem: CellProblem | null;
}

export function parsed<T>(value: T, problem: CellProblem | null = null): CellParse<T> {
  return { value, problem };
}

export function unusable<T>(problem: CellProblem): CellParse<T> {
  return { value: null, problem };
}

/** Full-width digits, signs and spaces (from Chinese input methods) as their ASCII forms. */
export function normaliseWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim();
}
