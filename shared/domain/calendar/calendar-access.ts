// Who may change a workspace's working calendar: it moves every project's dates at once, so the
// people who run projects (owner, admin, manager) do; members and viewers read it. The relay can't
// tell a calendar edit from any other workspace edit, so this is the interface's rule.
import type { Role } from '../access';

export function canEditCalendar(role: Role | null): boolean {
  // no role: a workspace that lives only on this device, where the person does everything
  return role === null || role === 'owner' || role === 'admin' || role === 'manager';
}
