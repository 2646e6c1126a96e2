// The people a labour sheet names who are not on the workspace's roster, once each in file order,
// with the team, trade and day rate of their first row: what the import page offers to add to the
// roster (only when the person confirms; otherwise their rows stay skipped with the reason).
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
  const found = new Map<string, { name: string; team: string; trade: string; defaultDayRate: Fen; sheetRows: number[] }>();
  for (let index = headerRow + 1; index < sheet.length; index++) {
    const sheetRow = index + 1;
    const { text } = rowCells(sheet[index] ?? [], sheetRow, mapping);
    const name = text('worker');
    const key = normaliseName(name);
    if (key === '' || known.has(key)) continue;
    const seen = found.get(key);
    if (seen) { seen.sheetRows.push(sheetRow); continue; }
    const rate = text('dayRate') === '' ? null : parseMoney(text('dayRate'));
    found.set(key, {
      name: name.replace(/\s+/g, ' '), team: text('team'), trade: text('trade'),
      defaultDayRate: rate !== null && rate.ok && rate.value >= 0 ? rate.value : ZERO_FEN, sheetRows: [sheetRow],
    });
  }
  return [...found.values()];
}
