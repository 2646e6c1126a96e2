import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../shared/domain/import/parse-schedule';
import { planImport } from '../../../shared/domain/import/plan-import';
import { countIssues, previewEntries } from './import-preview';

describe('previewEntries', () => {
  it('lists tasks and skipped rows in sheet order with depth, status and problems', () => {
    const parsed = parseSchedule([['WBS', 'Task Name', 'Duration'], ['1', 'Phase', null], [null, null, 3], ['1.1', 'Dig', '1.5']], { headerRow: 0, mapping: { wbs: 0, title: 1, duration: 2 } });
    const entries = previewEntries(parsed, planImport(parsed, { tasks: [], links: [] }, { members: [] }));
    expect(entries.map((entry) => [entry.sheetRow, entry.status, entry.depth, entry.duration, entry.issues.map((issue) => issue.code)])).toEqual([
      [2, 'added', 0, '', []], [3, 'skipped', 0, '', ['missing-title']], [4, 'added', 1, '2', ['fractional-duration']],
    ]);
    expect(countIssues(entries)).toEqual({ errors: 1, warnings: 1 });
  });
});
