import { describe, expect, it } from 'vitest';
import { previewRows } from './preview-rows';

const row = (sheetRow: number, problems = 0) => ({ sheetRow, issues: Array.from({ length: problems }, () => 'x') });

describe('import preview rows', () => {
  it('keeps every row in sheet order when under the limit', () => {
    expect(previewRows([row(3), row(1, 1), row(2)]).map((entry) => entry.sheetRow)).toEqual([1, 2, 3]);
  });
  it('never hides a row with problems behind the limit', () => {
    const entries = [row(1), row(2), row(3), row(4, 2), row(5, 1)];
    expect(previewRows(entries, 3).map((entry) => entry.sheetRow)).toEqual([1, 4, 5]);
  });
});
