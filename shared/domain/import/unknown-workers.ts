// The people a labour sheet names who are not on the workspace's roster, once each in file order,
// with the team and trade of their first row and the day rate of their first day-work row (a piece-work
// row's rate is per unit, never a day rate; ¥0 when no row names one): what the import page offers to
// add to the roster (only when the person confirms; otherwise their rows stay skipped with the reason).
import { parseMoney } from '../../money-parse';
import { ZERO_FEN, type Fen } from '../../money';
import { rowCells } from './finance-issue';
import type { LabourField, RosterWorker } from './labour-columns';
import { normaliseName } from './match-members';
import type { Sheet } from './sheet-types';

export interface NewWorker {
  readonly name: string;
  readonly team: string;
  readonly trade: string;
  readonly defaultDayRate: Fen;
  /** 1-based sheet rows that name this person. */
  readonly sheetRows: readonly number[];
}

export function findUnknownWorkers(sheet: Sheet, headerRow: number, mapping: Partial<Record<LabourField, number>>, roster: readonly RosterWorker[]): NewWorker[] {
  if (mapping.worker === undefined) return [];
  const known = new Set(roster.map((worker) => normaliseName(worker.name)));
  const found = new Map<string, { name: string; team: string; trade: string; defaultDayRate: Fen | null; sheetRows: number[] }>();
  for (let index = headerRow + 1; index < sheet.length; index++) {
    const sheetRow = index + 1;
    const { text } = rowCells(sheet[index] ?? [], sheetRow, mapping);
    const name = text('worker');
    const key = normaliseName(name);
    if (key === '' || known.has(key)) continue;
    const rate = dayRateOf(text);
    const seen = found.get(key);
    if (seen) {
      seen.sheetRows.push(sheetRow);
      if (seen.defaultDayRate === null) seen.defaultDayRate = rate;
      continue;
    }
    found.set(key, { name: name.replace(/\s+/g, ' '), team: text('team'), trade: text('trade'), defaultDayRate: rate, sheetRows: [sheetRow] });
  }
  return [...found.values()].map((worker) => ({ ...worker, defaultDayRate: worker.defaultDayRate ?? ZERO_FEN }));
}

/** The day rate a day-work row names; null on a piece-work row (a piece rate or a quantity) or without a readable rate. */
function dayRateOf(text: (field: LabourField) => string): Fen | null {
  if (text('pieceRate') !== '' || text('quantity') !== '' || text('dayRate') === '') return null;
  const rate = parseMoney(text('dayRate'));
  return rate.ok && rate.value >= 0 ? rate.value : null;
}
