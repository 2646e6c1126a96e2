// The fast cost entry form's logic: what the person typed becomes a cost input for `recordCost`, or
// the one field that is wrong with a reason in plain words. Amounts are parsed exactly (parseMoney).
import type { CategoryId, CostEntry } from '../../../shared/domain/finance';
import { isIsoDay } from '../../../shared/iso-day';
import type { Fen } from '../../../shared/money';
import { formatFen } from '../../../shared/money-format';
import { parseMoney, type ParseMoneyFailure } from '../../../shared/money-parse';
import type { Result } from '../../../shared/result';
import type { CostInput } from '../../../shared/schema';

export interface CostFormFields {
  readonly day: string;
  readonly categoryId: CategoryId;
  readonly amountText: string;
  /** '' = the whole project. */
  readonly taskId: string;
  readonly supplier: string;
  readonly invoiceNumber: string;
  readonly note: string;
}

export type AmountProblem = ParseMoneyFailure | 'zero' | 'negative';
/** 'invalid-day' belongs to the date field; every other reason to the amount field. */
export type CostFormProblem = 'invalid-day' | AmountProblem;

/** A cost may be negative (a credit note); only zero is refused. */
export function interpretCostForm(fields: CostFormFields): Result<CostInput, CostFormProblem> {
  if (!isIsoDay(fields.day)) return { ok: false, reason: 'invalid-day' };
  const amount = parseMoney(fields.amountText);
  if (!amount.ok) return amount;
  if (amount.value === 0) return { ok: false, reason: 'zero' };
  return {
    ok: true,
    value: {
      day: fields.day,
      categoryId: fields.categoryId,
      amount: amount.value,
      taskId: fields.taskId === '' ? null : fields.taskId,
      supplier: fields.supplier.trim(),
      invoiceNumber: fields.invoiceNumber.trim(),
      note: fields.note.trim(),
    },
  };
}

/** An existing cost back in the form for editing; the amount as plain text parseMoney reads back exactly. */
export function costFieldsFromEntry(entry: CostEntry): CostFormFields {
  return {
    day: entry.day, categoryId: entry.categoryId, amountText: amountInputText(entry.amount), taskId: entry.taskId ?? '',
    supplier: entry.supplier, invoiceNumber: entry.invoiceNumber, note: entry.note,
  };
}

/** "-1,234.50": grouped, two decimals, no ¥ sign, so an edit field starts with what was saved. */
export function amountInputText(amount: Fen): string {
  return formatFen(amount, 'en', { symbol: false });
}

/** For budget lines and fund entries: a positive amount, or why not. */
export function parsePositiveAmount(text: string): Result<CostInput['amount'], AmountProblem> {
  const amount = parseMoney(text);
  if (!amount.ok) return amount;
  if (amount.value === 0) return { ok: false, reason: 'zero' };
  if (amount.value < 0) return { ok: false, reason: 'negative' };
  return amount;
}

export function amountProblemKey(problem: AmountProblem): `money.error.${AmountProblem}` {
  return `money.error.${problem}`;
}
