// The column mapping a person corrected, remembered per workspace and kind of sheet in this device's
// localStorage (a preference of the person importing, not team data, so it stays out of the shared
// document). Stored by header text, not column position, so it applies to next month's file with
// moved columns.
import { cellText } from '../../../shared/domain/import/cell-ref';
import { normaliseHeader } from '../../../shared/domain/import/column-synonyms';
import type { CellValue } from '../../../shared/domain/import/sheet-types';
import type { ImportKind } from './import-kind';
import { parseStoredObject } from '../../storage/stored-object';

/** Field → the header text it was mapped to, or null for "not imported". */
export type RememberedMapping<F extends string> = Readonly<Partial<Record<F, string | null>>>;
type Mapping<F extends string> = Readonly<Partial<Record<F, number>>>;

const KEY_PREFIX = 'sitebeam.importMapping.';

/** Schedules keep the key they had before labour and cost sheets could be imported. */
export function storageKey(workspaceId: string, kind: ImportKind = 'schedule'): string {
  return kind === 'schedule' ? `${KEY_PREFIX}${workspaceId}` : `${KEY_PREFIX}${kind}.${workspaceId}`;
}

/** What to remember: the fields the person changed from the guess. */
export function toRemembered<F extends string>(fields: readonly F[], guess: Mapping<F>, chosen: Mapping<F>, header: readonly CellValue[]): RememberedMapping<F> {
  const remembered: Partial<Record<F, string | null>> = {};
  for (const field of fields) {
    if (guess[field] === chosen[field]) continue;
    const column = chosen[field];
    remembered[field] = column === undefined ? null : normaliseHeader(cellText(header[column]));
  }
  return remembered;
}

/** The remembered choices as an override for this file's header; headers it doesn't have are ignored. */
export function toOverride<F extends string>(fields: readonly F[], remembered: RememberedMapping<F>, header: readonly CellValue[]): Partial<Record<F, number | null>> {
  const override: Partial<Record<F, number | null>> = {};
  const columns = header.map((cell) => normaliseHeader(cellText(cell)));
  for (const field of fields) {
    const wanted = remembered[field];
    if (wanted === undefined) continue;
    if (wanted === null) override[field] = null;
    else if (columns.includes(wanted)) override[field] = columns.indexOf(wanted);
  }
  return override;
}

export function parseRemembered<F extends string>(fields: readonly F[], text: string | null): RememberedMapping<F> {
  const result: Partial<Record<F, string | null>> = {};
  const value = parseStoredObject(text);
  if (value === null) return result;
  for (const field of fields) {
    const entry = value[field];
    if (entry === null || typeof entry === 'string') result[field] = entry;
  }
  return result;
}

export function readStoredMapping(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStoredMapping(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the mapping holds for this import only.
  }
}
