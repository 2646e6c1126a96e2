import { describe, expect, it } from 'vitest';
import { landingWorkspace } from './landing';

describe('landingWorkspace', () => {
  const workspaces = [{ workspaceId: 'Ws_first_1234', role: 'member' }, { workspaceId: 'Ws_second_123', role: 'viewer' }] as const;
  it("prefers the device's default workspace when the person belongs to it", () => {
    expect(landingWorkspace(workspaces, 'Ws_second_123')).toBe('Ws_second_123');
  });
  it('falls back to their first workspace, then to none', () => {
    expect(landingWorkspace(workspaces, 'Ws_elsewhere1')).toBe('Ws_first_1234');
    expect(landingWorkspace([], 'Ws_elsewhere1')).toBeNull();
  });
});
