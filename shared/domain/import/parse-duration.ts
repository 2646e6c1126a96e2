// Durations as people write them in a schedule: 5, 5d, 5天, 5工日, 2w, 2周, 1.5 (rounded up, with a
// warning: the schedule counts whole working days). A week is five working days.
import { normaliseWidth, parsed, unusable, type CellParse } from './cell-parse';
import type { CellValue } from './sheet-types';

export const MAX_DURATION_DAYS = 3650;
const WORKDAYS_PER_WEEK = 5;
const PATTERN = /^(\d+(?:\.\d+)?)\s*(d|day|days|天|日|工日|工作日|个工作日|w|wk|week|weeks|周|星期|h|hr|hrs|hours|小时|工时)?\.?$/i;
const HOURS_PER_DAY = 8;

export function parseDuration(cell: CellValue): CellParse<number> {
  if (cell === null || cell === '') return parsed(1, null);
  const text = typeof cell === 'number' ? String(cell) : normaliseWidth(String(cell)).replace(/\?$/, '');
  const match = PATTERN.exec(text);
  if (!match) return unusable({ severity: 'warning', code: 'bad-duration', assumed: '1' });
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'd').toLowerCase();
  const days = /^(w|wk|week|weeks|周|星期)$/.test(unit) ? amount * WORKDAYS_PER_WEEK
    : /^(h|hr|hrs|hours|小时|工时)$/.test(unit) ? amount / HOURS_PER_DAY : amount;
  if (days > MAX_DURATION_DAYS) {
    return parsed(MAX_DURATION_DAYS, { severity: 'warning', code: 'duration-too-long', assumed: String(MAX_DURATION_DAYS) });
  }
  const whole = Math.max(0, Math.ceil(days - 1e-9));
  if (whole !== days) return parsed(whole, { severity: 'warning', code: 'fractional-duration', assumed: String(whole) });
  return parsed(whole, null);
}
