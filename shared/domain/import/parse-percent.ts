// Progress as written: 50%, 0.5 (Excel stores a %-formatted cell as a fraction), 50, 50 %.
// A bare number at most 1 is a fraction; above 1 it is a percentage (so 1 means 100%, said in a warning).
import { normaliseWidth, parsed, unusable, type CellParse } from './cell-parse';
import type { CellValue } from './sheet-types';

export function parsePercent(cell: CellValue): CellParse<number> {
  if (cell === null || cell === '') return parsed(0, null);
  const text = typeof cell === 'number' ? '' : normaliseWidth(String(cell));
  const withSign = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (withSign) return clamp(Number(withSign[1]));
  const amount = typeof cell === 'number' ? cell : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(amount)) return unusable({ severity: 'warning', code: 'bad-percent', assumed: '0' });
  if (amount > 0 && amount <= 1) {
    const value = Math.round(amount * 100);
    return amount === 1 ? parsed(value, { severity: 'warning', code: 'percent-as-fraction', assumed: '100' }) : parsed(value, null);
  }
  return clamp(amount);
}

function clamp(amount: number): CellParse<number> {
  const value = Math.round(amount);
  if (value < 0 || value > 100) {
    const bounded = Math.max(0, Math.min(100, value));
    return parsed(bounded, { severity: 'warning', code: 'percent-out-of-range', assumed: String(bounded) });
  }
  return parsed(value, null);
}
