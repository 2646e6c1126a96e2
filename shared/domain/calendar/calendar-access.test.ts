import { describe, expect, it } from 'vitest';
import { ROLES } from '../access';
import { canEditCalendar } from './calendar-access';

describe('canEditCalendar', () => {
  it('lets the owner, admins and managers change the calendar, and members and viewers only read it', () => {
    expect(ROLES.filter(canEditCalendar)).toEqual(['owner', 'admin', 'manager']);
  });

  it('lets a person change the calendar of a workspace that lives only on their device', () => {
    expect(canEditCalendar(null)).toBe(true);
  });
});
