// A backup downloaded by the owner restores into an empty data directory as the same relay:
// documents, history, people, roles and sessions.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomName } from '../../shared/schema/room-name';
import { createAccess } from '../../server/access/access';
import { BackupError, readBackup, restoreBackup } from '../../server/backup/backup-file';
import { systemClock } from '../../server/clock';
import { startRelay } from '../../server/start-relay';
import { createHarness, type Harness } from './relay-harness';
import { PROJECT_ID, startTeamRelay, WORKSPACE_ID, type Team } from './team-fixture';
import { waitFor } from './wait-for';

describe('backup and restore', () => {
  let harness: Harness;
  let team: Team;
  let restoreDir: string;
  beforeEach(async () => {
    harness = await createHarness();
    team = await startTeamRelay(harness);
    restoreDir = await mkdtemp(path.join(os.tmpdir(), 'relay-restore-'));
  });
  afterEach(async () => {
    await harness.cleanup();
    await rm(restoreDir, { recursive: true, force: true });
  });

  it('restores documents, history, members and sessions identically', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const room = `p.${PROJECT_ID}` as RoomName;
    const writer = harness.connect(team.relay, room, { token: member.token, ack: '1' });
    writer.doc.getMap('tasks').set('t1', 'pour slab');
    await waitFor(() => writer.acks.length > 0, 'edit durable');

    const download = await fetch(`${team.relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '')}/api/backup`, { headers: { authorization: `Bearer ${team.owner.token}` } });
    expect(download.status).toBe(200);
    const backup = Buffer.from(await download.arrayBuffer());
    const forbidden = await team.api('GET', '/api/backup', undefined, member.token);
    expect(forbidden.status).toBe(403);

    restoreBackup(backup, restoreDir);
    const restored = await startRelay({ dataDir: restoreDir, access: createAccess({ dataDir: restoreDir, clock: systemClock }) });
    try {
      const base = restored.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
      const members = await (await fetch(`${base}/api/workspaces/${WORKSPACE_ID}/members`, { headers: { authorization: `Bearer ${team.owner.token}` } })).json() as { members: { name: string; role: string }[] };
      expect(members.members.map((m) => [m.name, m.role])).toEqual([['Owner Li', 'owner'], ['Member Zhao', 'member']]);
      const reader = harness.connect(restored, room, { token: member.token });
      await waitFor(() => reader.doc.getMap('tasks').get('t1') === 'pour slab', 'restored document');
      const history = await (await fetch(`${base}/api/rooms/${room}/history`, { headers: { authorization: `Bearer ${team.owner.token}` } })).json() as { entries: { userName: string }[] };
      expect(history.entries.map((entry) => entry.userName)).toEqual(['Member Zhao']);
    } finally {
      await restored.close();
    }
  });

  it('refuses a damaged backup and a data directory that is not empty', async () => {
    const download = await fetch(`${team.relay.syncUrl.replace(/^ws/, 'http').replace(/\/sync$/, '')}/api/backup`, { headers: { authorization: `Bearer ${team.owner.token}` } });
    const backup = Buffer.from(await download.arrayBuffer());
    const damaged = Buffer.from(backup);
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 0xff;
    expect(() => readBackup(damaged)).toThrow(BackupError);
    expect(() => readBackup(backup.subarray(0, backup.length - 1))).toThrow(/damaged or cut off/);
    expect(() => restoreBackup(backup, harness.dataDir)).toThrow(/not empty/);
  });
});
