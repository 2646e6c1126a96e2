import { describe, expect, it } from 'vitest';
import type { BudgetFailure, CategoryFailure, CostFailure, FundFailure, LabourFailure, WorkerFailure } from '../../shared/schema';
import { en, type MessageKey } from '../i18n/messages-en';
import { zhCN } from '../i18n/messages-zh';
import { failureKey } from './failure-message';

/** Every reason the finance commands (shared/schema/finance-*.ts) and the worker roster can return. */
type FinanceFailure = BudgetFailure | CategoryFailure | CostFailure | FundFailure | LabourFailure | WorkerFailure;

/**
 * Exhaustive by its type: a reason added to one of those result types without an entry here fails the
 * typecheck, and so does an entry whose `failure.<reason>` message is missing from the dictionaries.
 */
const FINANCE_FAILURES: { readonly [R in FinanceFailure]: `failure.${R}` & MessageKey } = {
  'budget-line-not-found': 'failure.budget-line-not-found',
  'invalid-category': 'failure.invalid-category',
  'invalid-amount': 'failure.invalid-amount',
  'invalid-task': 'failure.invalid-task',
  'too-long': 'failure.too-long',
  'category-not-found': 'failure.category-not-found',
  'empty-or-too-long': 'failure.empty-or-too-long',
  'built-in-category': 'failure.built-in-category',
  'category-name-taken': 'failure.category-name-taken',
  'category-name-removed': 'failure.category-name-removed',
  'category-removed': 'failure.category-removed',
  'move-target-removed': 'failure.move-target-removed',
  'same-category': 'failure.same-category',
  'cost-not-found': 'failure.cost-not-found',
  'invalid-day': 'failure.invalid-day',
  'fund-not-found': 'failure.fund-not-found',
  'missing-paid-day': 'failure.missing-paid-day',
  'paid-day-in-future': 'failure.paid-day-in-future',
  'invalid-reference': 'failure.invalid-reference',
  'labour-not-found': 'failure.labour-not-found',
  'record-signed': 'failure.record-signed',
  'not-signed': 'failure.not-signed',
  'invalid-worker': 'failure.invalid-worker',
  'invalid-time': 'failure.invalid-time',
  'invalid-rate': 'failure.invalid-rate',
  'invalid-quantity': 'failure.invalid-quantity',
  'nothing-to-copy': 'failure.nothing-to-copy',
  'same-day': 'failure.same-day',
  'no-delete-conflict': 'failure.no-delete-conflict',
  'delete-undecided': 'failure.delete-undecided',
  'worker-not-found': 'failure.worker-not-found',
  'invalid-phone': 'failure.invalid-phone',
};

describe('failureKey', () => {
  it('maps every known command failure to its own message', () => {
    for (const reason of ['empty-or-too-long', 'task-not-found', 'column-not-found', 'invalid-wip-limit', 'last-column', 'item-not-found', 'project-not-found', 'invalid-tag', 'too-many-tags', 'invalid-due-date']) {
      expect(failureKey(reason)).toBe(`failure.${reason}`);
    }
  });

  it('gives every finance failure its own message, in English and in Chinese', () => {
    for (const [reason, key] of Object.entries(FINANCE_FAILURES)) {
      expect(failureKey(reason), reason).toBe(key);
      expect(en[key], reason).not.toBe(en['failure.unknown']);
      expect(zhCN[key], reason).toMatch(/[\u4e00-\u9fff]/);
      expect(zhCN[key], reason).not.toBe(en[key]);
    }
  });

  it('an edit or delete racing a teammate’s delete or sign-off says what happened and that nothing was saved', () => {
    for (const reason of ['cost-not-found', 'fund-not-found', 'budget-line-not-found', 'labour-not-found'] as const) {
      expect(en[FINANCE_FAILURES[reason]]).toMatch(/deleted by someone else, so (your changes were not saved|nothing was saved)\.$/);
      expect(zhCN[FINANCE_FAILURES[reason]]).toMatch(/已被他人删除/);
    }
    expect(en[FINANCE_FAILURES['record-signed']]).toMatch(/signed, so nothing was changed/);
    expect(zhCN[FINANCE_FAILURES['record-signed']]).toMatch(/已签证，未做任何修改/);
  });

  it('falls back to a generic message for an unknown reason', () => {
    expect(failureKey('meteor-strike')).toBe('failure.unknown');
    expect(failureKey('toString')).toBe('failure.unknown');
  });
});
