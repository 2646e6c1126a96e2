// The workspace's members as a table to export, as the team page lists them: name, role in words and
// the day they joined (a real date, on this device's calendar).
import { dayCell, textCell, type ExportTable } from '../../../shared/domain/export/export-cell';
import type { Role } from '../../../shared/domain/access';
import type { IsoDay } from '../../../shared/iso-day';

export interface ExportedMember {
  readonly name: string;
  readonly role: Role;
  readonly addedAt: number;
}

export interface MembersExportText {
  readonly headers: readonly [name: string, role: string, since: string];
  readonly role: (role: Role) => string;
  readonly dayOf: (epochMs: number) => IsoDay;
}

export function membersExportTable(members: readonly ExportedMember[], text: MembersExportText): ExportTable {
  return {
    header: text.headers,
    widths: [Math.max(16, ...members.map((member) => member.name.length + 2)), 12, 12],
    rows: members.map((member) => [textCell(member.name), textCell(text.role(member.role)), dayCell(member.addedAt > 0 ? text.dayOf(member.addedAt) : null)]),
  };
}
