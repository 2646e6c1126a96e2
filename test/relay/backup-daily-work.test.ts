// A backup holds the relay's daily-work.sqlite and robots.sqlite too: restored into an empty data
// directory, the relay answers the points facts (a labour sign-off and a flagged check-in) at once,
// without reading any room again, keeps the team's robot with its webhook, and checks and follows
// what arrives after the restore (the kept seqs never pass the restored store's).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccess } from '../../server/access/access';
import { readBackup, restoreBackup } from '../../server/backup/backup-file';
import { systemClock } from '../../server/clock';
import { startRelay, type RunningRelay } from '../../server/start-relay';
import type { WorkerId } from '../../shared/domain/finance/finance-ids';
import { newId, type UserId } from '../../shared/ids';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { checkInKey, recordLabour, signLabour } from '../../shared/schema';
import { financeRoom, workspaceRoom } from '../../shared/schema/room-name';
import { relayApi } from './relay-api';
import { createHarness, isFullyAcked, type Harness, type TestClient } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Person, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const FACTS = `/api/workspaces/${WORKSPACE_ID}/points-facts`;
const ROBOTS = `/api/workspaces/${WORKSPACE_ID}/robots`;
const ORIGIN = { name: 'backup-daily-work-test' };
const LABOUR = {
  workerId: newId<'worker'>() as WorkerId, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
  dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: 'Rebar', taskId: null,
} as const;
const POLL = { timeout: 10_000 };

interface Facts { signOffs: { recordId: string }[]; flaggedCheckIns: { key: string; reason: string }[] }

describe('backup and restore of the daily-work and robot files', () => {
  let harness: Harness;
  let team: Team;
  let member: Person;
  let restoreDir: string;
  let restored: RunningRelay | null = null;
  beforeEach(async () => {
    harness = await createHarness();
    team = await startTeamRelay(harness);
    member = await team.invite('member', 'Bo Li');
    restoreDir = await mkdtemp(path.join(os.tmpdir(), 'relay-restore-daily-'));
  });
  afterEach(async () => {
    await restored?.close();
    restored = null;
    await harness.cleanup();
    await rm(restoreDir, { recursive: true, force: true });
  });

  const connect = async (relay: RunningRelay, room: ReturnType<typeof financeRoom>, token: string): Promise<TestClient> => {
    const client = harness.connect(relay, room, { token, ack: '1' });
    await waitFor(() => client.provider.synced, `${room} synced`);
    return client;
  };
  const sign = async (client: TestClient, at: number): Promise<string> => {
    const made = recordLabour(client.doc, LABOUR, null, at - 60_000, ORIGIN);
    if (!made.ok) throw new Error(made.reason);
    signLabour(client.doc, made.value, team.owner.id as UserId, at, ORIGIN);
    await waitFor(() => isFullyAcked(client), 'labour durable');
    return made.value;
  };
  /** A modified client's check-in for another person: flagged `not-own`. */
  const forge = async (client: TestClient, day: IsoDay): Promise<string> => {
    const owner = team.owner.id as UserId;
    const key = checkInKey(owner, day);
    client.doc.getMap('checkIns').set(key, { userId: owner, day, at: Date.parse(`${day}T12:00:00Z`), note: '', siteName: '' });
    await waitFor(() => isFullyAcked(client), 'check-in durable');
    return key;
  };
  const factsOf = async (api: Team['api']): Promise<Facts> => (await api('GET', FACTS, undefined, member.token)).json as unknown as Facts;

  it('restores the facts, flags and robots, and what arrives afterwards is checked and followed', async () => {
    const finance = await connect(team.relay, financeRoom(PROJECT_ID), team.owner.token);
    const workspace = await connect(team.relay, workspaceRoom(WORKSPACE_ID), member.token);
    const signed = await sign(finance, Date.now() - 3_600_000);
    const forged = await forge(workspace, localIsoDay(Date.now() - 86_400_000, 0));
    await expect.poll(async () => { const facts = await factsOf(team.api); return [facts.signOffs.length, facts.flaggedCheckIns.length]; }, POLL).toEqual([1, 1]);
    const robot = { kind: 'dingtalk', name: 'Site chat', webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=abc123', briefingTime: '08:00', language: 'zh-CN' };
    expect((await team.api('PUT', ROBOTS, robot, team.owner.token)).status).toBe(200);

    const download = await fetch(`${team.relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '')}/api/backup`, { headers: { authorization: `Bearer ${team.owner.token}` } });
    const backup = Buffer.from(await download.arrayBuffer());
    // daily-work.sqlite is copied before relay.sqlite, so its seqs are never ahead of the rooms'
    expect(readBackup(backup).manifest.files.map((file) => file.name)).toEqual(['daily-work.sqlite', 'relay.sqlite', 'access.sqlite', 'robots.sqlite', 'session-keys.json']);
    finance.destroy();
    workspace.destroy();
    await team.relay.close();

    restoreBackup(backup, restoreDir);
    restored = await startRelay({ dataDir: restoreDir, access: createAccess({ dataDir: restoreDir, clock: systemClock }) });
    const api = relayApi(restored.syncUrl);
    // at once: nothing had to be read again
    expect(await factsOf(api)).toEqual({ ok: true, signOffs: [expect.objectContaining({ recordId: signed })], flaggedCheckIns: [expect.objectContaining({ key: forged, reason: 'not-own' })] });
    const robots = (await api('GET', ROBOTS, undefined, team.owner.token)).json as { robots: { name: string }[] };
    expect(robots.robots.map((kept) => kept.name)).toEqual(['Site chat']);

    // after the restore: a new sign-off is followed and a new forged check-in is flagged
    const financeAgain = await connect(restored, financeRoom(PROJECT_ID), team.owner.token);
    const workspaceAgain = await connect(restored, workspaceRoom(WORKSPACE_ID), member.token);
    const signedAfter = await sign(financeAgain, Date.now() - 60_000);
    const forgedAfter = await forge(workspaceAgain, localIsoDay(Date.now() - 2 * 86_400_000, 0));
    await expect.poll(async () => {
      const facts = await factsOf(api);
      return [facts.signOffs.map((fact) => fact.recordId).sort(), facts.flaggedCheckIns.map((flag) => flag.key).sort()];
    }, POLL).toEqual([[signed, signedAfter].sort(), [forged, forgedAfter].sort()]);
    financeAgain.destroy();
    workspaceAgain.destroy();
  });
});
