// The relay's check of check-in writes, against a real relay with access control and stock y-websocket
// clients: a modified client (writing straight into the workspace room's check-ins map) that checks in
// for someone else, replaces its own check-in, checks in for a future day or under a day that is not
// its time's is flagged, and the flags reach every member with the points facts; the app's own
// check-ins, late ones and two offline devices of one person on the same day are not flagged. The
// flags outlive a relay restart, and what arrives after it is checked too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAccess } from '../../server/access/access';
import { systemClock } from '../../server/clock';
import type { FlaggedCheckIn } from '../../shared/domain/points';
import type { UserId } from '../../shared/ids';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { checkIn, checkInKey } from '../../shared/schema';
import { workspaceRoom } from '../../shared/schema/room-name';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { startTeamRelay, WORKSPACE_ID, type Person, type Team } from './team-fixture';
import { relayApi } from './relay-api';
import { waitFor } from './wait-for';

const FACTS = `/api/workspaces/${WORKSPACE_ID}/points-facts`;
const ORIGIN = { name: 'check-in-audit-test' };
const DAY_MS = 86_400_000;
const today = (): IsoDay => localIsoDay(Date.now(), 0);

describe('relay check of check-in writes', () => {
  let harness: Harness;
  let team: Team;
  let member: Person;

  beforeEach(async () => {
    harness = await createHarness();
    team = await startTeamRelay(harness);
    member = await team.invite('member', 'Bo Li');
  });
  afterEach(async () => {
    await harness.cleanup();
  });

  const connect = async (person: Person, offlineEdits?: Y.Doc): Promise<TestClient> => {
    const client = harness.connect(team.relay, workspaceRoom(WORKSPACE_ID), { token: person.token, ack: '1' });
    if (offlineEdits) Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(offlineEdits));
    await waitFor(() => client.provider.synced, 'workspace room synced');
    return client;
  };
  const durable = (client: TestClient): Promise<void> => waitFor(() => isFullyAcked(client), 'edits durable on the relay');
  const flags = async (token: string): Promise<FlaggedCheckIn[]> => {
    const answer = await team.api('GET', FACTS, undefined, token);
    expect(answer.status).toBe(200);
    return answer.json.flaggedCheckIns as FlaggedCheckIn[];
  };
  const flagsOnceThere = async (count: number): Promise<FlaggedCheckIn[]> => {
    let latest: FlaggedCheckIn[] = [];
    await expect.poll(async () => (latest = await flags(member.token)).length, { timeout: 5_000 }).toBe(count);
    return latest;
  };
  /** A modified client: a value set straight into the map, past the schema's command and its checks. */
  const forge = (client: TestClient, key: string, value: Record<string, unknown>): void => {
    client.doc.getMap('checkIns').set(key, { note: '', siteName: '', ...value });
  };

  it('flags another person\'s, a replaced, a future and a mismatched check-in, and only those', async () => {
    const bo = member.id as UserId;
    const owner = team.owner.id as UserId;
    const client = await connect(member);
    const now = Date.now();
    expect(checkIn(client.doc, { userId: bo, day: today(), at: now, note: 'Pour' }, ORIGIN).ok).toBe(true);
    // a late check-in for yesterday, made offline then and synced now: allowed with its real time
    const yesterday = localIsoDay(now - DAY_MS, 0);
    expect(checkIn(client.doc, { userId: bo, day: yesterday, at: now - DAY_MS + 3_600_000 }, ORIGIN).ok).toBe(true);
    await durable(client);

    forge(client, checkInKey(owner, today()), { userId: owner, day: today(), at: now });
    forge(client, checkInKey(bo, today()), { userId: bo, day: today(), at: now - 60_000 });
    const nextWeek = localIsoDay(now + 7 * DAY_MS, 0);
    forge(client, checkInKey(bo, nextWeek), { userId: bo, day: nextWeek, at: now + 7 * DAY_MS });
    const longAgo = localIsoDay(now - 30 * DAY_MS, 0);
    forge(client, checkInKey(bo, longAgo), { userId: bo, day: longAgo, at: now - 60_000 });
    await durable(client);

    expect(await flagsOnceThere(4)).toEqual([
      { key: checkInKey(owner, today()), at: now, reason: 'not-own' },
      { key: checkInKey(bo, today()), at: now - 60_000, reason: 'replaced' },
      { key: checkInKey(bo, nextWeek), at: now + 7 * DAY_MS, reason: 'future' },
      { key: checkInKey(bo, longAgo), at: now - 60_000, reason: 'day-mismatch' },
    ]);
    // the viewer's and the owner's answers hold the same flags
    const viewer = await team.invite('viewer', 'Viewer Sun');
    expect(await flags(viewer.token)).toHaveLength(4);
    expect(await flags(team.owner.token)).toHaveLength(4);
  });

  it('two offline devices of one person checking in the same day are not flagged; the flags survive a restart', async () => {
    const bo = member.id as UserId;
    const now = Date.now();
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    checkIn(phone, { userId: bo, day: today(), at: now - 120_000, note: 'from the phone' }, ORIGIN);
    checkIn(laptop, { userId: bo, day: today(), at: now - 60_000, note: 'from the laptop' }, ORIGIN);
    const phoneClient = await connect(member, phone);
    await durable(phoneClient);
    const laptopClient = await connect(member, laptop);
    await durable(laptopClient);
    // a forged write after them, so once its flag shows the two before were checked
    const owner = team.owner.id as UserId;
    forge(laptopClient, checkInKey(owner, today()), { userId: owner, day: today(), at: now });
    await durable(laptopClient);
    expect(await flagsOnceThere(1)).toEqual([{ key: checkInKey(owner, today()), at: now, reason: 'not-own' }]);

    phoneClient.destroy();
    laptopClient.destroy();
    await team.relay.close();
    const restarted = await harness.start({ access: createAccess({ dataDir: harness.dataDir, clock: systemClock }) });
    team = { ...team, relay: restarted, api: relayApi(restarted.syncUrl) };
    expect(await flags(member.token)).toEqual([{ key: checkInKey(owner, today()), at: now, reason: 'not-own' }]);
    const again = await connect(member);
    forge(again, checkInKey(owner, localIsoDay(now - DAY_MS, 0)), { userId: owner, day: localIsoDay(now - DAY_MS, 0), at: now - DAY_MS });
    await durable(again);
    expect((await flagsOnceThere(2)).map((flag) => flag.reason)).toEqual(['not-own', 'not-own']);
  });
});
