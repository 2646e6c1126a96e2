// Where a person lands after signing in: the workspace this device opens by default if they belong
// to it, else their first workspace, else the root (which opens or creates the device's own).
import type { WorkspaceRole } from './stored-session';

export function landingWorkspace(workspaces: readonly WorkspaceRole[], deviceDefault: string | null): string | null {
  if (deviceDefault !== null && workspaces.some((entry) => entry.workspaceId === deviceDefault)) return deviceDefault;
  return workspaces[0]?.workspaceId ?? null;
}
