// The funds entry form's logic: typed fields to a `recordFund` input, or the one reason it can't be saved.
import { checkPaidDay, type FundDirection, type FundEntry, type FundStatus } from '../../../shared/domain/finance';
import { isIsoDay, type IsoDay } from '../../../shared/iso-day';
import type { Result } from '../../../shared/result';
import type { FundInput } from '../../../shared/schema';
import { amountInputText, parsePositiveAmount, type AmountProblem } from '../costs/cost-form';

export interface FundFormFields {
  readonly direction: FundDirection;
  readonly status: FundStatus;
  readonly amountText: string;
  /** '' = no date agreed. */
  readonly dueDay: string;
  readonly paidDay: string;
  readonly counterparty: string;
  readonly note: string;
}

export type FundFormProblem = AmountProblem | 'invalid-day' | 'missing-paid-day' | 'paid-day-in-future';

export function initialFundFields(today: IsoDay): FundFormFields {
  return { direction: 'receipt', status: 'planned', amountText: '', dueDay: today, paidDay: today, counterparty: '', note: '' };
}

/** An existing entry back in the form for editing; a planned entry gets today as the paid day to offer. */
export function fundFieldsFromEntry(entry: FundEntry, today: IsoDay): FundFormFields {
  return {
    direction: entry.direction, status: entry.status, amountText: amountInputText(entry.amount),
    dueDay: entry.dueDay ?? '', paidDay: entry.paidDay ?? today, counterparty: entry.counterparty, note: entry.note,
  };
}

/** What an edit changes: the form's fields only; the worker, category and task the entry was tied to stay. */
export function fundFormPatch(input: FundInput): Partial<FundInput> {
  const { direction, status, amount, dueDay, paidDay, counterparty, note } = input;
  return { direction, status, amount, dueDay, paidDay, counterparty, note };
}

/** A done entry's paid day follows checkPaidDay: a real day, at most one day after `today`. */
export function interpretFundForm(fields: FundFormFields, today: IsoDay): Result<FundInput, FundFormProblem> {
  const amount = parsePositiveAmount(fields.amountText);
  if (!amount.ok) return amount;
  if (fields.dueDay !== '' && !isIsoDay(fields.dueDay)) return { ok: false, reason: 'invalid-day' };
  const done = fields.status === 'done';
  if (done && fields.paidDay.trim() === '') return { ok: false, reason: 'missing-paid-day' };
  const paid = done ? checkPaidDay(fields.paidDay, today) : null;
  if (paid !== null && !paid.ok) return paid;
  return {
    ok: true,
    value: {
      direction: fields.direction, status: fields.status, amount: amount.value,
      dueDay: isIsoDay(fields.dueDay) ? fields.dueDay : null,
      paidDay: paid?.value ?? null,
      counterparty: fields.counterparty.trim(), workerId: null, categoryId: null, taskId: null, note: fields.note.trim(),
    },
  };
}
