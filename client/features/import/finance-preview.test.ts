import { describe, expect, it } from 'vitest';
import type { FinanceIssue } from '../../../shared/domain/import/finance-issue';
import { countFinancePreview, financePreviewEntries } from './finance-preview';

const row = (sheetRow: number, name: string) => ({ sheetRow, name });
const issue = (sheetRow: number, severity: FinanceIssue['severity'], code: FinanceIssue['code']): FinanceIssue => ({ severity, code, sheetRow, cell: `A${sheetRow}`, value: 'x', assumed: severity === 'error' ? 'skipped' : '' });

describe('finance import preview', () => {
  it('lists written, unchanged, protected and skipped rows in sheet order with their problems', () => {
    const plan = { added: [row(5, 'new')], changed: [{ id: 'c', row: row(3, 'changed') }], unchanged: [{ id: 'u', row: row(2, 'same') }], protectedRows: [{ id: 'p', row: row(6, 'signed') }] };
    const entries = financePreviewEntries(plan, [issue(4, 'error', 'unknown-worker'), issue(5, 'warning', 'rounded-half-day'), issue(5, 'warning', 'amount-mismatch')], (r) => [r.name]);
    expect(entries.map((e) => [e.sheetRow, e.status, e.cells.join(), e.issues.map((i) => i.code).join()])).toEqual([
      [2, 'unchanged', 'same', ''], [3, 'changed', 'changed', ''], [4, 'skipped', '', 'unknown-worker'],
      [5, 'added', 'new', 'rounded-half-day,amount-mismatch'], [6, 'protected', 'signed', ''],
    ]);
    expect(countFinancePreview(entries)).toEqual({ added: 1, changed: 1, unchanged: 1, protectedRows: 1, skipped: 1, errors: 1, warnings: 2 });
  });
});
