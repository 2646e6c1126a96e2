// The labour entry form's logic, without a DOM: what the fields start as, and turning what was typed
// into a recordLabour input or the field that is wrong.
import type { Worker } from '../../../shared/domain/finance';
import { addDays } from '../../../shared/domain/calendar/day-number';
import type { IsoDay } from '../../../shared/iso-day';
import { isHalfStep, isThreeDecimalQuantity, MAX_PIECE_UNIT_LENGTH } from '../../../shared/domain/finance';
import { ZERO_FEN } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import { parseMoney } from '../../../shared/money-parse';
import { fail, ok, type Result } from '../../../shared/result';
import type { LabourInput } from '../../../shared/schema';

export interface LabourFormFields {
  readonly workerId: string;
  readonly day: IsoDay;
  readonly timeUnit: 'man-days' | 'hours';
  /** As typed. */
  readonly time: string;
  readonly dayRate: string;
  readonly pay: 'day-rate' | 'piece-rate';
  /** Piece rate per unit and units done, as typed. */
  readonly pieceRate: string;
  readonly quantity: string;
  /** What one unit is (个, 米, ㎡…), free text; '' = not named. */
  readonly pieceUnit: string;
  readonly overtimeHours: string;
  readonly overtimeRate: string;
  readonly content: string;
}

export type LabourFormError = 'worker' | 'time' | 'dayRate' | 'pieceRate' | 'quantity' | 'pieceUnit' | 'overtimeHours' | 'overtimeRate';

export function initialFields(today: IsoDay): LabourFormFields {
  return { workerId: '', day: today, timeUnit: 'man-days', time: '1', dayRate: '', pay: 'day-rate', pieceRate: '', quantity: '', pieceUnit: '', overtimeHours: '0', overtimeRate: '0', content: '' };
}

/** Choosing a worker proposes their default day rate (the field stays editable). */
export function withWorker(fields: LabourFormFields, worker: Worker): LabourFormFields {
  return { ...fields, workerId: worker.id, dayRate: worker.defaultDayRate === ZERO_FEN ? fields.dayRate : formatFen(worker.defaultDayRate, 'en', { symbol: false }) };
}

export function yesterdayOf(day: IsoDay): IsoDay {
  return addDays(day, -1);
}

export function toLabourInput(fields: LabourFormFields, workers: readonly Worker[]): Result<LabourInput, LabourFormError> {
  const worker = workers.find((candidate) => candidate.id === fields.workerId);
  if (!worker) return fail('worker');
  const piece = fields.pay === 'piece-rate';
  const time = piece ? 0 : Number(fields.time.trim());
  if (!piece && (fields.time.trim() === '' || !isHalfStep(time))) return fail('time');
  const dayRate = piece && fields.dayRate.trim() === '' ? ok(ZERO_FEN) : parseMoney(fields.dayRate);
  if (!dayRate.ok || dayRate.value < 0) return fail('dayRate');
  // piece rate × quantity, both exact: the rate in fen, the quantity in thousandths (labourAmount)
  const pieceRate = piece ? parseMoney(fields.pieceRate) : ok(ZERO_FEN);
  if (!pieceRate.ok || pieceRate.value < 0) return fail('pieceRate');
  const quantity = piece ? Number(fields.quantity.trim()) : 0;
  if (piece && (fields.quantity.trim() === '' || !isThreeDecimalQuantity(quantity))) return fail('quantity');
  const pieceUnit = piece ? fields.pieceUnit.trim() : '';
  if (pieceUnit.length > MAX_PIECE_UNIT_LENGTH) return fail('pieceUnit');
  const overtime = fields.overtimeHours.trim() === '' ? 0 : Number(fields.overtimeHours.trim());
  if (!isHalfStep(overtime)) return fail('overtimeHours');
  const overtimeRate = fields.overtimeRate.trim() === '' ? ok(ZERO_FEN) : parseMoney(fields.overtimeRate);
  if (!overtimeRate.ok || overtimeRate.value < 0) return fail('overtimeRate');
  return ok({
    workerId: worker.id,
    day: fields.day,
    timeUnit: fields.timeUnit,
    manDays: fields.timeUnit === 'man-days' ? time : 0,
    hours: fields.timeUnit === 'hours' ? time : 0,
    hoursPerDay: 8,
    pay: fields.pay,
    dayRate: dayRate.value,
    pieceRate: pieceRate.value,
    quantity,
    ...(pieceUnit === '' ? {} : { pieceUnit }),
    overtimeHours: overtime,
    overtimeRate: overtimeRate.value,
    content: fields.content,
    taskId: null,
  });
}
