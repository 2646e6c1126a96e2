// Plain data read from a workspace room (`ws.<id>`): what every member of the workspace may see.
import type { ProjectId, UserId } from '../ids';
import type { Rank } from '../rank';

export interface WorkspaceView {
  readonly name: string;
  readonly createdAt: number;
  readonly members: readonly MemberInfo[];
  /** Every project, archived ones included, in rank order. */
  readonly projects: readonly ProjectSummary[];
}

export interface MemberInfo {
  readonly id: UserId;
  readonly name: string;
  /** A CSS colour for avatars and presence. */
  readonly color: string;
  readonly joinedAt: number;
}

export interface ProjectSummary {
  readonly id: ProjectId;
  readonly name: string;
  readonly archived: boolean;
  readonly rank: Rank;
  readonly createdAt: number;
  readonly createdBy: UserId | null;
}
