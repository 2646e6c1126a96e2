// The points facts the relay serves every member of a workspace (GET /api/workspaces/:ws/points-facts,
// docs/daily-work.md): what the leaderboard needs from documents a member may not open. It comes off
// the network and is kept on the device, so it is read with a validating reader that skips bad items.
import { isId } from '../../ids';
import { isIsoDay } from '../../iso-day';
import { CHECK_IN_FLAG_REASONS, type CheckInFlagReason, type FlaggedCheckIn } from './check-in-flags';
import type { LabourSignFact } from './compute-points';

export interface PointsFacts {
  /** Labour sign-offs of the workspace's projects, without money or worker (sign-off-facts.ts). */
  readonly signOffs: readonly LabourSignFact[];
  /** Check-ins the relay flagged (check-in-flags.ts): the points ignore them. */
  readonly flaggedCheckIns: readonly FlaggedCheckIn[];
}

export const NO_POINTS_FACTS: PointsFacts = Object.freeze({ signOffs: [], flaggedCheckIns: [] });

/** The facts, or null when `value` is not a points-facts answer at all. */
export function readPointsFacts(value: unknown): PointsFacts | null {
  if (typeof value !== 'object' || value === null) return null;
  const signOffs: unknown = Reflect.get(value, 'signOffs');
  const flagged: unknown = Reflect.get(value, 'flaggedCheckIns');
  if (!Array.isArray(signOffs)) return null;
  // a relay from before the check-in audit sends no flags
  const flaggedCheckIns = Array.isArray(flagged) ? flagged.flatMap((item: unknown) => readFlag(item) ?? []) : [];
  return { signOffs: signOffs.flatMap((item: unknown) => readSignOff(item) ?? []), flaggedCheckIns };
}

function readFlag(item: unknown): FlaggedCheckIn | null {
  if (typeof item !== 'object' || item === null) return null;
  const key: unknown = Reflect.get(item, 'key');
  const at: unknown = Reflect.get(item, 'at');
  const reason: unknown = Reflect.get(item, 'reason');
  if (typeof key !== 'string' || key.length > 200 || typeof at !== 'number' || !Number.isSafeInteger(at) || !isFlagReason(reason)) return null;
  return { key, at, reason };
}

function isFlagReason(value: unknown): value is CheckInFlagReason {
  return typeof value === 'string' && (CHECK_IN_FLAG_REASONS as readonly string[]).includes(value);
}

function readSignOff(item: unknown): LabourSignFact | null {
  if (typeof item !== 'object' || item === null) return null;
  const recordId: unknown = Reflect.get(item, 'recordId');
  const day: unknown = Reflect.get(item, 'day');
  const signedBy: unknown = Reflect.get(item, 'signedBy');
  const signedAt: unknown = Reflect.get(item, 'signedAt');
  if (typeof recordId !== 'string' || recordId.length === 0 || recordId.length > 100 || !isIsoDay(day) || !isId<'user'>(signedBy)) return null;
  if (typeof signedAt !== 'number' || !Number.isSafeInteger(signedAt) || signedAt < 0) return null;
  return { recordId, day, signedBy, signedAt };
}
