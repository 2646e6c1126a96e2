// Dates as they arrive from spreadsheets: Excel serial numbers (days since 1899-12-30, which is where
// Excel's 1900 leap-year bug lands: it counts a 29 Feb 1900 that never was, so serials from 61 on are
// one day ahead of a count from 1899-12-31), ISO days, 2026/3/5, 2026年3月5日, and 3/5/2026, whose day
// and month order the user picks (month first by default); such a date is flagged as ambiguous when
// both numbers could be a month.
import { addDays } from '../calendar/day-number';
import { isIsoDay, type IsoDay } from '../../iso-day';
import { normaliseWidth, parsed, unusable, type CellParse } from './cell-parse';
import type { CellValue } from './sheet-types';

export type DayOrder = 'month-first' | 'day-first';

const EXCEL_EPOCH = '1899-12-30' as IsoDay;
/** Serials before this are not dates anyone schedules (1900-02-28 and earlier hit the leap-year bug). */
const MIN_SERIAL = 61;
const MAX_SERIAL = 2_958_465; // 9999-12-31

export function excelSerialToDay(serial: number): IsoDay | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return null;
  return addDays(EXCEL_EPOCH, Math.floor(serial));
}

export function parseDate(cell: CellValue, order: DayOrder): CellParse<IsoDay> {
  if (cell === null || cell === '') return { value: null, problem: null };
  if (typeof cell === 'number') {
    const day = excelSerialToDay(cell);
    return day ? parsed(day) : unusable({ severity: 'warning', code: 'bad-date', assumed: '' });
  }
  const text = normaliseWidth(String(cell)).replace(/\s*\(.*\)$|\s*（.*）$|\s+周.$|\s+星期.$/, '');
  const yearFirst = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (yearFirst) return fromParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (yearLast) return fromYearLast(Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3]), order);
  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text), order);
  return unusable({ severity: 'warning', code: 'bad-date', assumed: '' });
}

function fromYearLast(first: number, second: number, rawYear: number, order: DayOrder): CellParse<IsoDay> {
  const year = rawYear < 100 ? 2000 + rawYear : rawYear;
  const [month, day] = order === 'month-first' ? [first, second] : [second, first];
  const result = fromParts(year, month, day);
  if (result.value === null) {
    const swapped = fromParts(year, day, month);
    // 25/3/2026 with month first cannot be meant any other way than 25 March.
    return swapped.value === null ? result : parsed(swapped.value, null);
  }
  const ambiguous = first !== second && first <= 12 && second <= 12;
  return ambiguous ? parsed(result.value, { severity: 'warning', code: 'ambiguous-date', assumed: result.value }) : result;
}

function fromParts(year: number, month: number, day: number): CellParse<IsoDay> {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDay(text) ? parsed(text) : unusable({ severity: 'warning', code: 'bad-date', assumed: '' });
}
