// The points facts the relay serves every member of a workspace (GET /api/workspaces/:ws/points-facts,
// docs/daily-work.md): what the leaderboard needs from documents a member may not open. It comes off
// the network and is kept on the device, so it is read with a validating reader that skips bad items.
import { isId } from '../../ids';
import { isIsoDay } from '../../iso-day';
import type { LabourSignFact } from './compute-points';

export interface PointsFacts {
  /** Labour sign-offs of the workspace's projects, without money or worker (sign-off-facts.ts). */
  readonly signOffs: readonly LabourSignFact[];
}

export const NO_POINTS_FACTS: PointsFacts = Object.freeze({ signOffs: [] });

/** The facts, or null when `value` is not a points-facts answer at all. */
export function readPointsFacts(value: unknown): PointsFacts | null {
  if (typeof value !== 'object' || value === null) return null;
  const signOffs: unknown = Reflect.get(value, 'signOffs');
  if (!Array.isArray(signOffs)) return null;
  return { signOffs: signOffs.flatMap((item: unknown) => readSignOff(item) ?? []) };
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
