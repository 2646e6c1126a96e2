// The pay cells of one labour sheet row: time in half-day steps, piece work (rate × quantity, with its
// unit) and overtime (hours × rate, or a 加班费 total). A labour record holds overtime only as hours ×
// an hourly rate, so a total is turned into the missing one of the two when the sheet gives the other,
// checked to the fen; a total with neither cannot be stored, so such a row is skipped with the reason.
import { MAX_PIECE_UNIT_LENGTH } from '../finance/labour-record';
import { parseMoney } from '../../money-parse';
import { multiplyFen, toThousandths, ZERO_FEN, type Fen } from '../../money';
import { normaliseWidth } from './cell-parse';
import { fenText, type FinanceIssue, type FinanceIssueCode } from './finance-issue';
import type { LabourField } from './labour-fields';

export interface LabourCells {
  readonly text: (field: LabourField) => string;
  /** Reports a problem in a field's cell (the value shown is the cell's text). */
  readonly issue: (field: LabourField, severity: FinanceIssue['severity'], code: FinanceIssueCode, assumed: string) => void;
}

/** A 0.5-step quantity (man-days, hours); units like 天 or h dropped; unreadable → fallback (warned), else rounded to a half (warned). */
export function readHalfSteps({ text, issue }: LabourCells, field: LabourField, fallback: number): number {
  if (text(field) === '') return fallback;
  const value = Number(normaliseWidth(text(field)).toLowerCase().replace(/(工日|天|d|h|小时|工时)$/, ''));
  if (!Number.isFinite(value) || value < 0) { issue(field, 'warning', 'bad-number', String(fallback)); return fallback; }
  const rounded = Math.round(value * 2) / 2;
  if (rounded !== value) issue(field, 'warning', 'rounded-half-day', String(rounded));
  return rounded;
}

/** A money cell in fen (not negative); null when empty or unreadable (the latter warned, the cell ignored). */
export function readMoneyCell({ text, issue }: LabourCells, field: LabourField): Fen | null {
  if (text(field) === '') return null;
  const money = parseMoney(text(field));
  if (money.ok && money.value >= 0) return money.value;
  issue(field, 'warning', 'bad-amount', '');
  return null;
}

export interface PieceWork { readonly pieceRate: Fen; readonly quantity: number; readonly pieceUnit: string }
export type PieceWorkRead = { readonly status: 'day-rate' } | { readonly status: 'skipped' } | ({ readonly status: 'piece-rate' } & PieceWork);

/** Piece work when the row has a piece rate or a quantity; a row that can't be paid one clear way is skipped (error reported). */
export function readPieceWork({ text, issue }: LabourCells): PieceWorkRead {
  const rateText = text('pieceRate');
  const quantityText = text('quantity');
  if (rateText === '' && quantityText === '') return { status: 'day-rate' };
  const skip = (field: LabourField, code: FinanceIssueCode): PieceWorkRead => { issue(field, 'error', code, 'skipped'); return { status: 'skipped' }; };
  if (rateText !== '' && text('dayRate') !== '') return skip('pieceRate', 'two-pay-rates');
  if (rateText === '') return skip('quantity', 'quantity-without-piece-rate');
  const rate = parseMoney(rateText);
  if (!rate.ok || rate.value < 0) return skip('pieceRate', 'bad-piece-rate');
  if (quantityText === '') return skip('pieceRate', 'piece-rate-without-quantity');
  const quantity = parseQuantity(quantityText);
  if (quantity === null) return skip('quantity', 'bad-quantity');
  const unitField = text('pieceUnit') !== '' ? 'pieceUnit' : 'quantity';
  const pieceUnit = unitField === 'pieceUnit' ? text('pieceUnit') : quantity.unit;
  if (pieceUnit.length > MAX_PIECE_UNIT_LENGTH) return skip(unitField, 'unit-too-long');
  return { status: 'piece-rate', pieceRate: rate.value, quantity: quantity.value, pieceUnit };
}

/** `35`, `12.5`, `1,200`, `35㎡`, `3 吨`: above 0 with up to three decimals; a unit written after the number is kept. */
export function parseQuantity(text: string): { value: number; unit: string } | null {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(\D.*)?$/.exec(normaliseWidth(text).replace(/,(?=\d{3}(?!\d))/g, ''));
  if (!match) return null;
  const value = Number(match[1]);
  if (!(value > 0) || toThousandths(value) === null) return null;
  return { value, unit: (match[2] ?? '').trim() };
}

export interface Overtime { readonly overtimeHours: number; readonly overtimeRate: Fen }

/**
 * Overtime hours × rate. With a 加班费 total as well: hours and rate both given → the total is checked
 * (a mismatch is a warning; the record keeps hours × rate); only hours → the rate is the total / hours
 * to the fen (checked the same way); only a rate → the hours are total / rate when that is a whole
 * half hour. Null = skipped: a total the record could not hold (error reported).
 */
export function readOvertime(cells: LabourCells): Overtime | null {
  const { text, issue } = cells;
  let hours = readHalfSteps(cells, 'overtime', 0);
  const total = readMoneyCell(cells, 'overtimePay');
  let rate = ZERO_FEN;
  const rateGiven = text('overtimeRate') !== '';
  if (rateGiven) {
    const money = parseMoney(text('overtimeRate'));
    if (money.ok && money.value >= 0) rate = money.value;
    else issue('overtimeRate', 'warning', 'bad-amount', fenText(0));
  }
  if (total === null || total === 0) {
    if (!rateGiven && hours > 0 && total === null) issue('overtime', 'warning', 'overtime-unpaid', fenText(0));
    return { overtimeHours: hours, overtimeRate: rate };
  }
  if (hours === 0 && text('overtime') === '') {
    // a total and a rate: the hours it pays for, when that is a whole half hour
    const halves = rate > 0 && (total * 2) % rate === 0 ? (total * 2) / rate : null;
    if (halves === null) { issue('overtimePay', 'error', 'overtime-pay-without-hours', 'skipped'); return null; }
    hours = halves / 2;
  } else if (!rateGiven) {
    if (hours === 0) { issue('overtimePay', 'error', 'overtime-pay-without-hours', 'skipped'); return null; }
    rate = multiplyFen(total, 2, hours * 2);
  }
  const paid = multiplyFen(rate, hours * 2, 2);
  if (paid !== total) issue('overtimePay', 'warning', 'overtime-pay-mismatch', fenText(paid));
  return { overtimeHours: hours, overtimeRate: rate };
}
