// The budget line form's logic: typed fields to an addBudgetLine/updateBudgetLine input, or why not;
// and an existing line back in the form for editing, its amount as text that parses back exactly.
import type { BudgetLine, CategoryId } from '../../../shared/domain/finance';
import type { Result } from '../../../shared/result';
import type { BudgetLineInput } from '../../../shared/schema';
import { amountInputText, parsePositiveAmount, type AmountProblem } from './cost-form';

export interface BudgetLineFields {
  readonly categoryId: CategoryId;
  /** '' = the whole project. */
  readonly taskId: string;
  readonly description: string;
  readonly amountText: string;
}

export function blankBudgetLineFields(categoryId: CategoryId): BudgetLineFields {
  return { categoryId, taskId: '', description: '', amountText: '' };
}

export function budgetLineFieldsFromLine(line: BudgetLine): BudgetLineFields {
  return { categoryId: line.categoryId, taskId: line.taskId ?? '', description: line.description, amountText: amountInputText(line.amount) };
}

/** A budget is planned spending: a positive amount (a zero line says nothing; delete it instead). */
export function interpretBudgetLineForm(fields: BudgetLineFields): Result<BudgetLineInput, AmountProblem> {
  const amount = parsePositiveAmount(fields.amountText);
  if (!amount.ok) return amount;
  return { ok: true, value: { categoryId: fields.categoryId, taskId: fields.taskId === '' ? null : fields.taskId, description: fields.description.trim(), amount: amount.value } };
}
