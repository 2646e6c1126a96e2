// The preview table's rows: every task the import would write with its status and problems, and the
// skipped sheet rows with why, in sheet order; plus the totals shown above the table.
import type { ImportPlan } from '../../../shared/domain/import/plan-import';
import type { ImportIssue, ParsedSchedule } from '../../../shared/domain/import/sheet-types';

export interface PreviewEntry {
  readonly sheetRow: number;
  readonly status: 'added' | 'changed' | 'unchanged' | 'skipped';
  readonly wbs: string;
  readonly title: string;
  readonly depth: number;
  readonly start: string;
  readonly duration: string;
  readonly issues: readonly ImportIssue[];
}

export function previewEntries(parsed: ParsedSchedule, plan: ImportPlan): PreviewEntry[] {
  const depth = (index: number): number => {
    let level = 0;
    for (let parent = parsed.rows[index]?.parent ?? null; parent !== null && level < 50; parent = parsed.rows[parent]?.parent ?? null) level++;
    return level;
  };
  const entries: PreviewEntry[] = plan.tasks.map((entry) => {
    const row = parsed.rows[entry.row];
    return {
      sheetRow: row?.sheetRow ?? 0, status: entry.status, wbs: row?.wbs ?? '', title: row?.title ?? '', depth: depth(entry.row),
      start: entry.start ?? '', duration: entry.isSummary ? '' : String(row?.duration ?? ''), issues: row?.issues ?? [],
    };
  });
  for (const skipped of parsed.skipped) {
    entries.push({ sheetRow: skipped.sheetRow, status: 'skipped', wbs: '', title: '', depth: 0, start: '', duration: '', issues: skipped.issues });
  }
  return entries.sort((a, b) => a.sheetRow - b.sheetRow);
}

export function countIssues(entries: readonly PreviewEntry[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const entry of entries) for (const issue of entry.issues) if (issue.severity === 'error') errors++; else warnings++;
  return { errors, warnings };
}
