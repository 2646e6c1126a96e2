// The column mapping a person corrected, remembered per workspace in this device's localStorage
// (a preference of the person importing, not team data, so it stays out of the shared document).
// Stored by header text, not column position, so it applies to next month's file with moved columns.
import { normaliseHeader } from '../../../shared/domain/import/column-synonyms';
import { IMPORT_FIELDS, type CellValue, type ColumnMapping, type ImportField } from '../../../shared/domain/import/sheet-types';
import { cellText } from '../../../shared/domain/import/cell-ref';

/** Field → the header text it was mapped to, or null for "not imported". */
export type RememberedMapping = Readonly<Partial<Record<ImportField, string | null>>>;

const KEY_PREFIX = 'sitebeam.importMapping.';

export function storageKey(workspaceId: string): string {
  return `${KEY_PREFIX}${workspaceId}`;
}

/** What to remember: the fields the person changed from the guess. */
export function toRemembered(guess: ColumnMapping, chosen: ColumnMapping, header: readonly CellValue[]): RememberedMapping {
  const remembered: Partial<Record<ImportField, string | null>> = {};
  for (const field of IMPORT_FIELDS) {
    if (guess[field] === chosen[field]) continue;
    const column = chosen[field];
    remembered[field] = column === undefined ? null : normaliseHeader(cellText(header[column]));
  }
  return remembered;
}

/** The remembered choices as an override for this file's header; headers it doesn't have are ignored. */
export function toOverride(remembered: RememberedMapping, header: readonly CellValue[]): Partial<Record<ImportField, number | null>> {
  const override: Partial<Record<ImportField, number | null>> = {};
  const columns = header.map((cell) => normaliseHeader(cellText(cell)));
  for (const field of IMPORT_FIELDS) {
    const wanted = remembered[field];
    if (wanted === undefined) continue;
    if (wanted === null) override[field] = null;
    else if (columns.includes(wanted)) override[field] = columns.indexOf(wanted);
  }
  return override;
}

export function parseRemembered(text: string | null): RememberedMapping {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return {};
    const result: Partial<Record<ImportField, string | null>> = {};
    for (const field of IMPORT_FIELDS) {
      const entry = (value as Record<string, unknown>)[field];
      if (entry === null || typeof entry === 'string') result[field] = entry;
    }
    return result;
  } catch {
    return {};
  }
}
