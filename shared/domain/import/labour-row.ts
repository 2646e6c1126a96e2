// A labour sheet row as the record it becomes: day rate (man-days or hours) or piece rate (quantity ×
// rate per unit), plus overtime hours × overtime rate. Its pay is worked out by the same labourAmount
// the stored record uses, so the preview shows to the fen what the labour centre will.
import type { WorkerId } from '../finance/finance-ids';
import { labourAmount, type LabourPay, type PayBasis } from '../finance/labour-record';
import type { IsoDay } from '../../iso-day';
import type { Fen } from '../../money';

/** Hours in a man-day when a sheet gives hours: the labour form's default. */
export const IMPORT_HOURS_PER_DAY = 8;

export interface LabourRow {
  readonly sheetRow: number;
  readonly workerId: WorkerId;
  readonly day: IsoDay;
  readonly pay: PayBasis;
  /** Time worked (0.5 steps); for a piece-rate row only what the sheet said, never paid. */
  readonly manDays: number;
  readonly hours: number;
  /** Fen per man-day; 0 on a piece-rate row (as the labour form stores it). */
  readonly dayRate: Fen;
  /** Fen per unit, units done (up to three decimals) and what a unit is ('' = not named); 0/0/'' on a day-rate row. */
  readonly pieceRate: Fen;
  readonly quantity: number;
  readonly pieceUnit: string;
  readonly overtimeHours: number;
  /** Fen per overtime hour, paid on top of either basis. */
  readonly overtimeRate: Fen;
  readonly content: string;
  readonly taskId: string | null;
}

type RowPay = Pick<LabourRow, 'pay' | 'manDays' | 'hours' | 'dayRate' | 'pieceRate' | 'quantity' | 'overtimeHours' | 'overtimeRate'>;

/** The record fields a row's pay is made of: hours are the time unit only when the row gives hours and no man-days. */
export function labourRowPay(row: RowPay): LabourPay {
  return {
    pay: row.pay, timeUnit: row.hours > 0 && row.manDays === 0 ? 'hours' : 'man-days', manDays: row.manDays, hours: row.hours,
    hoursPerDay: IMPORT_HOURS_PER_DAY, dayRate: row.dayRate, pieceRate: row.pieceRate, quantity: row.quantity,
    overtimeHours: row.overtimeHours, overtimeRate: row.overtimeRate,
  };
}

/** The row's pay, exactly as the record will compute it: one line, rounded once. */
export function labourRowAmount(row: RowPay): Fen {
  return labourAmount(labourRowPay(row));
}
