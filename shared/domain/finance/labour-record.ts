// A day-labour record (点工): one worker, one day, on one project. Its amount is computed, never
// stored, so it can't drift from the quantities it was made from.
import type { IsoDay } from '../../iso-day';
import { lineAmount, toThousandths, type Fen, type MoneyTerm } from '../../money';
import type { LabourRecordId, WorkerId } from './finance-ids';

export const TIME_UNITS = ['man-days', 'hours'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const PAY_BASES = ['day-rate', 'piece-rate'] as const;
export type PayBasis = (typeof PAY_BASES)[number];

export const SIGN_OFF_STATES = ['pending', 'signed'] as const;
export type SignOffState = (typeof SIGN_OFF_STATES)[number];

export const DEFAULT_HOURS_PER_DAY = 8;
export const MAX_PIECE_UNIT_LENGTH = 16;

export interface LabourRecord {
  readonly id: LabourRecordId;
  readonly workerId: WorkerId;
  readonly day: IsoDay;
  /** Day rate: time worked, in man-days (0.5 steps) or hours (0.5 steps). Ignored for piece rate. */
  readonly timeUnit: TimeUnit;
  readonly manDays: number;
  readonly hours: number;
  /** Hours in a man-day, to pay hours at the day rate (whole number 1–24). */
  readonly hoursPerDay: number;
  readonly pay: PayBasis;
  /** Fen per man-day. */
  readonly dayRate: Fen;
  /** Fen per unit of quantity (per m², per tonne, …). */
  readonly pieceRate: Fen;
  /** Units done, up to three decimals. */
  readonly quantity: number;
  /**
   * What one unit of a piece rate is, as the foreman says it: 个, 米, ㎡, 吨… (free text, at most
   * MAX_PIECE_UNIT_LENGTH characters). Absent when none was named, and on records made before units.
   */
  readonly pieceUnit?: string;
  /** 0.5 steps, paid at `overtimeRate` fen per hour on top of either basis. */
  readonly overtimeHours: number;
  readonly overtimeRate: Fen;
  readonly content: string;
  readonly taskId: string | null;
  /** UserId of the foreman who recorded it. */
  readonly foremanId: string | null;
  /** 签证: a signed record is agreed work; only signed labour counts as cost and as owed. */
  readonly signOff: SignOffState;
  readonly signedBy: string | null;
  readonly signedAt: number | null;
  /**
   * Present when a stored sign-off no longer holds: an edit merged in from a device that was offline when
   * the record was signed changed its worker, day or pay (shared/schema/labour-sign-off.ts). The record
   * then reads as pending, and this says why, so it is checked and signed again.
   */
  readonly signOffVoided?: true;
  /**
   * Present when the record was deleted on one device while another signed it (the two merged): the
   * signed work still counts as cost and as owed, and waits for a finance writer to keep it or delete it
   * again (shared/schema/labour-deletion.ts). If an edit merged in since voided that sign-off
   * (`signOffVoided`), it is flagged all the same but counts as pending. A deleted record never signed
   * is not read at all.
   */
  readonly deleteConflict?: LabourDeleteConflict;
}

/** Who deleted a record that was signed at the same time, and when (epoch ms). */
export interface LabourDeleteConflict {
  readonly deletedBy: string | null;
  readonly deletedAt: number;
}

/** A quantity the record's rules don't allow: a bug upstream (readers and commands check first). */
export class LabourRecordError extends Error {
  override name = 'LabourRecordError';
}

export function isHalfStep(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && Number.isSafeInteger(value * 2);
}

export function isThreeDecimalQuantity(value: number): boolean {
  return value >= 0 && toThousandths(value) !== null;
}

export function isValidHoursPerDay(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1 && value <= 24;
}

/** What a record's pay is computed from (an import row has these before it is a record). */
export type LabourPay = Pick<LabourRecord, 'pay' | 'timeUnit' | 'manDays' | 'hours' | 'hoursPerDay' | 'dayRate' | 'pieceRate' | 'quantity' | 'overtimeHours' | 'overtimeRate'>;

/**
 * The record's pay, exact: (day rate × man-days, or day rate × hours / hours-per-day, or piece rate ×
 * quantity) + overtime hours × overtime rate, rounded once, half away from zero, to the fen.
 */
export function labourAmount(record: LabourPay): Fen {
  return lineAmount([baseTerm(record), { rate: record.overtimeRate, numerator: halves(record.overtimeHours), denominator: 2 }]);
}

function baseTerm(record: LabourPay): MoneyTerm {
  switch (record.pay) {
    case 'piece-rate':
      return { rate: record.pieceRate, numerator: thousandths(record.quantity), denominator: 1000 };
    case 'day-rate':
      switch (record.timeUnit) {
        case 'man-days':
          return { rate: record.dayRate, numerator: halves(record.manDays), denominator: 2 };
        case 'hours':
          if (!isValidHoursPerDay(record.hoursPerDay)) throw new LabourRecordError(`hours per day out of range: ${record.hoursPerDay}`);
          return { rate: record.dayRate, numerator: halves(record.hours), denominator: 2 * record.hoursPerDay };
      }
  }
}

function halves(value: number): number {
  if (!isHalfStep(value)) throw new LabourRecordError(`not a non-negative 0.5 step: ${value}`);
  return value * 2;
}

function thousandths(value: number): number {
  const scaled = toThousandths(value);
  if (scaled === null || scaled < 0) throw new LabourRecordError(`not a non-negative quantity with up to three decimals: ${value}`);
  return scaled;
}
