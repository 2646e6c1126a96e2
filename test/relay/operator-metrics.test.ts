// The operators' GET /metrics values against what really happened: errors provoked through real
// sockets and upgrades counted by kind (every other kind 0), and rooms loaded, update bytes and compaction lag equal
// to what relay.sqlite holds, before and after the room unloads; the event-loop delay in seconds.
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTask, initProject, readColumns } from '../../shared/schema';
import type { RoomName } from '../../shared/schema/room-name';
import type { ColumnId } from '../../shared/ids';
import { openStoredRoomReader } from '../../server/metrics/stored-room-reader';
import { createErrorCounts, ERROR_KINDS } from '../../server/metrics/error-counts';
import { mountOperatorMetrics } from '../../server/metrics/operator-metrics';
import { createRelayCounters } from '../../server/metrics/relay-counters';
import { relayDatabaseFile } from '../../server/start-relay';
import { scrape, scrapeUntil } from './prometheus-scrape';
import { createHarness, isFullyAcked, type Harness } from './relay-harness';
import { nextClose, openRawSocket, upgradeStatus } from './raw-socket';
import { PROJECT_ID, startTeamRelay, type Team } from './team-fixture';
import { waitFor } from './wait-for';

const P_ROOM = `p.${PROJECT_ID}` as RoomName;
const F_ROOM = `f.${PROJECT_ID}` as RoomName;
const ORIGIN = { name: 'operator-metrics-test' };

describe('the operators’ /metrics values', () => {
  let harness: Harness;
  let team: Team;
  beforeEach(async () => {
    harness = await createHarness();
    // a short idle time, so the test can see a room compact and unload; a small frame limit, so a frame over it is cheap to send
    team = await startTeamRelay(harness, { metrics: { autoTick: false }, limits: { roomIdleUnloadMs: 50, maxFrameBytes: 64 * 1024 } });
  });
  afterEach(() => harness.cleanup());

  it('counts a frame over the size limit (ws’s own check, 1009) and a text frame (1003) as bad frames', async () => {
    const oversized = await openRawSocket(`${team.relay.syncUrl}/${P_ROOM}?token=${team.owner.token}`);
    const cut = nextClose(oversized);
    oversized.send(Buffer.alloc(100 * 1024, 1));
    expect(await cut).toBe(1009);
    const text = await openRawSocket(`${team.relay.syncUrl}/${P_ROOM}?token=${team.owner.token}`);
    const refused = nextClose(text);
    text.send('hello');
    expect(await refused).toBe(1003);
    const after = await scrape(team.relay);
    for (const kind of ERROR_KINDS) expect(after.value('sitebeam_errors_total', { kind }), kind).toBe(kind === 'bad-frame' ? 2 : 0);
  });

  it('counts errors by kind: a malformed frame, refused upgrades and a bad room name, every other kind at 0', async () => {
    const before = await scrape(team.relay);
    expect(before.typed.get('sitebeam_errors_total')).toBe('counter');
    for (const kind of ERROR_KINDS) expect(before.value('sitebeam_errors_total', { kind }), kind).toBe(0);

    const raw = await openRawSocket(`${team.relay.syncUrl}/${P_ROOM}?token=${team.owner.token}`);
    const closed = nextClose(raw);
    raw.send(Buffer.from([0xff, 0xff, 0xff]));
    expect(await closed).toBe(1007);
    const member = await team.invite('member', 'Member Zhao');
    expect(await upgradeStatus(`${team.relay.syncUrl}/${F_ROOM}?token=${member.token}`)).toBe(403);
    expect(await upgradeStatus(`${team.relay.syncUrl}/${P_ROOM}`)).toBe(401);
    expect(await upgradeStatus(`${team.relay.syncUrl}/p.short`)).toBe(400);

    const after = await scrape(team.relay);
    const expected: Partial<Record<string, number>> = { 'bad-frame': 1, 'auth-refused': 2, 'upgrade-bad-target': 1 };
    for (const kind of ERROR_KINDS) expect(after.value('sitebeam_errors_total', { kind }), kind).toBe(expected[kind] ?? 0);
  });

  it('rooms loaded, update bytes and compaction lag match the store; the event-loop delay is in a sane range', async () => {
    const client = harness.connect(team.relay, P_ROOM, { token: team.owner.token, ack: '1' });
    await waitFor(() => client.provider.synced, 'owner synced');
    initProject(client.doc, ['To do', 'Done'], ORIGIN);
    const [todo] = readColumns(client.doc).map((column) => column.id) as [ColumnId];
    for (const title of ['pour slab', 'tie rebar', 'order steel']) addTask(client.doc, { columnId: todo, title, createdBy: null, now: Date.now() }, ORIGIN);
    const reader = openStoredRoomReader(relayDatabaseFile(harness.dataDir));
    try {
      await waitFor(() => isFullyAcked(client), 'every edit durable');
      const stored = await reader.load(P_ROOM);
      expect(stored.updates.length).toBeGreaterThanOrEqual(4);
      // the event-loop monitor has no sample (NaN) until its first 20 ms timer has run
      const live = await scrapeUntil(team.relay, (scraped) => !Number.isNaN(scraped.value('sitebeam_event_loop_delay_seconds', { quantile: '0.5' })), 'a first event-loop sample');
      expect(live.value('sitebeam_rooms_loaded')).toBe(1);
      expect(live.value('sitebeam_updates_total')).toBe(stored.updates.length);
      expect(live.value('sitebeam_update_bytes_total')).toBe(stored.updateBytes);
      // nothing compacted yet: every entry stored since the room loaded is waiting
      expect(live.value('sitebeam_compaction_lag_entries')).toBe(stored.updates.length);
      const delay = (quantile: string): number => live.value('sitebeam_event_loop_delay_seconds', { quantile });
      // the monitor's timer runs every 20 ms, so a delay is at least about that; seconds would be a stall
      expect(delay('0.5')).toBeGreaterThanOrEqual(0.01);
      expect(delay('0.99')).toBeGreaterThanOrEqual(delay('0.5'));
      expect(delay('1')).toBeGreaterThanOrEqual(delay('0.99'));
      expect(delay('1')).toBeLessThan(5);

      // the last peer leaves: the room is compacted into its snapshot and unloaded
      client.destroy();
      await waitFor(() => team.relay.relay.stats().rooms === 0, 'room unloaded');
      expect((await reader.load(P_ROOM)).updates).toEqual([]);
      const idle = await scrape(team.relay);
      expect(idle.value('sitebeam_rooms_loaded')).toBe(0);
      expect(idle.value('sitebeam_compaction_lag_entries')).toBe(0);
      expect(idle.value('sitebeam_update_bytes_total')).toBe(stored.updateBytes);
      expect(idle.value('sitebeam_connections')).toBe(0);
    } finally {
      reader.close();
    }
  });
});

describe('the operators’ /metrics values: upgrades over the per-IP rate', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('counts each upgrade refused with 429 as connection-rate-limited', async () => {
    // a clock that stands still: the bucket never refills, so the third upgrade is the first refused
    const relay = await harness.start({ clock: { now: () => Date.UTC(2026, 10, 23, 2, 0, 0) }, metrics: { autoTick: false }, limits: { upgradeBurstPerIp: 2, upgradesPerSecondPerIp: 1 } });
    expect(await upgradeStatus(`${relay.syncUrl}/${P_ROOM}`)).toBe(101);
    expect(await upgradeStatus(`${relay.syncUrl}/${P_ROOM}`)).toBe(101);
    expect(await upgradeStatus(`${relay.syncUrl}/${P_ROOM}`)).toBe(429);
    expect(await upgradeStatus(`${relay.syncUrl}/${P_ROOM}`)).toBe(429);
    const after = await scrape(relay);
    for (const kind of ERROR_KINDS) expect(after.value('sitebeam_errors_total', { kind }), kind).toBe(kind === 'connection-rate-limited' ? 2 : 0);
  });
});

describe('the operators’ /metrics values: event-loop delay', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(() => harness.cleanup());

  it('is NaN before the monitor’s first sample (not the empty histogram’s 511 ns), then seconds', async () => {
    const running = await harness.start({ metrics: { autoTick: false } });
    // the operators' route on an app of its own, mounted now: app.request answers in promise jobs only, before any timer runs
    const app = new Hono();
    const stop = mountOperatorMetrics(app, { relay: running.relay, counters: createRelayCounters(), errors: createErrorCounts(), token: 'scrape-token', snapshotsTaken: null, snapshotComputations: null });
    try {
      const delay = async (): Promise<number[]> => {
        const response = await app.request('/metrics', { headers: { authorization: 'Bearer scrape-token' } });
        expect(response.status).toBe(200);
        const lines = (await response.text()).split('\n').filter((line) => line.startsWith('sitebeam_event_loop_delay_seconds{'));
        expect(lines).toHaveLength(3);
        return lines.map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
      };
      // no turn of the event loop between mounting and this answer (a setImmediate would have run), so no timer either
      let turned = false;
      setImmediate(() => void (turned = true));
      expect(await delay()).toEqual([Number.NaN, Number.NaN, Number.NaN]);
      expect(turned).toBe(false);
      let sampled = await delay();
      for (const deadline = Date.now() + 5_000; sampled.some(Number.isNaN) && Date.now() < deadline; sampled = await delay()) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // about the monitor's 20 ms resolution; never nanoseconds or milliseconds
      expect(sampled[0]).toBeGreaterThanOrEqual(0.01);
      expect(sampled[2]).toBeLessThan(5);
    } finally {
      stop();
    }
  });
});
