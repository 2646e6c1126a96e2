import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../shared/domain/export/write-csv';
import { localIsoDay } from '../../../shared/iso-day';
import { membersExportTable } from './members-export';

describe('membersExportTable', () => {
  it('writes each member with the role in words and the day they joined as a date, on the given calendar', () => {
    const text = { headers: ['Name', 'Role', 'Member since'] as const, role: (role: string) => `role:${role}`, dayOf: (ms: number) => localIsoDay(ms, -480) };
    // 2026-03-04 20:00 UTC is already 5 March in China
    const table = membersExportTable([
      { name: 'Ann Wang', role: 'owner', addedAt: Date.UTC(2026, 2, 4, 20) },
      { name: '@Bo', role: 'viewer', addedAt: 0 },
    ], text);
    expect(table.rows[0]?.[2]).toEqual({ kind: 'day', value: '2026-03-05' });
    expect(writeCsv(table)).toBe("\uFEFFName,Role,Member since\r\nAnn Wang,role:owner,2026-03-05\r\n'@Bo,role:viewer,\r\n");
  });
});
