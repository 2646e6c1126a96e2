// Editing a labour record in the entry form, without a DOM: the record back as the exact text that was
// saved, and what Save changes. Only the fields the form shows are compared, so the record's task and
// hours per day stay as they are, and a teammate's edit of a field this person left alone survives.
import { labourAmount, type LabourRecord } from '../../../shared/domain/finance';
import type { Fen } from '../../../shared/money';
import type { LabourInput } from '../../../shared/schema';
import { amountInputText } from '../costs/cost-form';
import { initialFields, type LabourFormFields } from './labour-entry';

/** The fields the form edits, besides the optional piece unit (compared as '' when not named). */
const EDITED_KEYS = [
  'workerId', 'day', 'timeUnit', 'manDays', 'hours', 'pay', 'dayRate', 'pieceRate', 'quantity', 'overtimeHours', 'overtimeRate', 'content',
] as const satisfies readonly (keyof LabourInput)[];

type LabourPatch = { -readonly [K in keyof LabourInput]?: LabourInput[K] };

/** The record as the form shows it: amounts as "1,234.50" and quantities as saved, so parsing gives them back exactly. */
export function fieldsFromRecord(record: LabourRecord): LabourFormFields {
  const piece = record.pay === 'piece-rate';
  return {
    ...initialFields(record.day),
    workerId: record.workerId,
    timeUnit: record.timeUnit,
    // a piece-rate record keeps no time; switching it to day rate starts from one man-day, as a new record does
    time: piece ? '1' : String(record.timeUnit === 'hours' ? record.hours : record.manDays),
    dayRate: piece && record.dayRate === 0 ? '' : amountInputText(record.dayRate),
    pay: record.pay,
    pieceRate: piece ? amountInputText(record.pieceRate) : '',
    quantity: piece ? String(record.quantity) : '',
    pieceUnit: record.pieceUnit ?? '',
    overtimeHours: String(record.overtimeHours),
    overtimeRate: amountInputText(record.overtimeRate),
    content: record.content,
  };
}

/**
 * What differs between the record as the form was filled from it and what the form now holds; {} when
 * nothing does. A unit removed is written as '' (read back as none).
 */
export function labourEditPatch(before: LabourRecord, input: LabourInput): Partial<LabourInput> {
  const patch: LabourPatch = {};
  for (const key of EDITED_KEYS) if (changed(before, input, key)) copyField(patch, input, key);
  const unit = input.pieceUnit?.trim() ?? '';
  if (unit !== (before.pieceUnit ?? '')) patch.pieceUnit = unit;
  if (patch.content !== undefined && patch.content.trim() === before.content) delete patch.content;
  return patch;
}

export function isEmptyPatch(patch: Partial<LabourInput>): boolean {
  return Object.keys(patch).length === 0;
}

/** The record's amount once the patch is written (the amount is never stored, always computed). */
export function amountAfter(before: LabourRecord, patch: Partial<LabourInput>): Fen {
  return labourAmount({ ...before, ...patch });
}

function changed<K extends (typeof EDITED_KEYS)[number]>(before: LabourRecord, input: LabourInput, key: K): boolean {
  return before[key] !== input[key];
}

function copyField<K extends keyof LabourInput>(patch: LabourPatch, input: LabourInput, key: K): void {
  patch[key] = input[key];
}
