// The relay's points facts for one workspace (labour sign-offs without money, docs/daily-work.md) as the
// device keeps them: fetched while online, stored in localStorage so the leaderboard keeps counting them
// offline, and validated on every read (readPointsFacts), since both the network and storage can hold
// anything.
import { NO_POINTS_FACTS, readPointsFacts, type PointsFacts } from '../../../shared/domain/points';
import type { WorkspaceId } from '../../../shared/ids';

const KEY_PREFIX = 'sitebeam.pointsFacts.';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export function pointsFactsStorageKey(workspaceId: WorkspaceId): string {
  return `${KEY_PREFIX}${workspaceId}`;
}

export function loadPointsFacts(storage: KeyValueStore | null, workspaceId: WorkspaceId): PointsFacts {
  try {
    const text = storage?.getItem(pointsFactsStorageKey(workspaceId)) ?? null;
    return (text === null ? null : readPointsFacts(JSON.parse(text))) ?? NO_POINTS_FACTS;
  } catch {
    return NO_POINTS_FACTS;
  }
}

/** False when the device would not keep them (no storage, quota): they still count until the page closes. */
export function savePointsFacts(storage: KeyValueStore | null, workspaceId: WorkspaceId, facts: PointsFacts): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(pointsFactsStorageKey(workspaceId), JSON.stringify(facts));
    return true;
  } catch {
    return false;
  }
}

/** The relay's answer, or null on any failure (offline, signed out, not a member): the caller keeps what it had. */
export async function fetchPointsFacts(workspaceId: WorkspaceId, token: string, fetcher: typeof fetch = fetch): Promise<PointsFacts | null> {
  try {
    const response = await fetcher(`/api/workspaces/${encodeURIComponent(workspaceId)}/points-facts`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (response.status !== 200) return null;
    return readPointsFacts(await response.json());
  } catch {
    return null;
  }
}
