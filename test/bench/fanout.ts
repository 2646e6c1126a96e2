// Scenario 2, fan-out throughput: N clients in one room each make M separate edits at once; time
// until every client has every edit, and updates delivered per second.
import type { Metrics } from './client-job';
import { runClientJob } from './client-job';
import { connectInWaves } from './connect-all';
import type { Connector } from './connector';
import { withRelayCpu, withRelaySession } from './relay-session';
import type { RelayKind } from './server-process';
import { nowMs, round, waitUntil } from './timing';

export interface FanoutOptions {
  readonly clients: number;
  readonly edits: number;
}

export const FANOUT_OPTIONS: FanoutOptions = { clients: 50, edits: 50 };

const ROOM = 'ws.benchFanout0050';

export async function measureFanout(kind: RelayKind, cpuProfileDir?: string): Promise<Metrics> {
  return withRelaySession(kind, { rooms: [ROOM], cpuProfileDir }, (session) =>
    withRelayCpu(session.server, () => runClientJob({ scenario: 'fanout', target: session.target, options: FANOUT_OPTIONS })),
  );
}

export async function runFanoutClients(connector: Connector, options: FanoutOptions): Promise<Metrics> {
  const { clients } = await connectInWaves(connector, Array.from({ length: options.clients }, () => ROOM), { waveSize: 50, timeoutMs: 30_000 });
  const totalEdits = options.clients * options.edits;
  const start = nowMs();
  clients.forEach((client, c) => {
    const map = client.doc.getMap<number>('edits');
    // one transaction per edit: each is its own update on the wire, as from a real user
    for (let e = 0; e < options.edits; e++) map.set(`c${c}-e${e}`, e);
  });
  await waitUntil(() => clients.every((c) => c.doc.getMap('edits').size === totalEdits), 'all clients converged', 120_000);
  const convergeMs = nowMs() - start;
  for (const client of clients) client.destroy();
  const delivered = totalEdits * (options.clients - 1);
  return { 'converged (ms)': round(convergeMs), 'updates delivered/s': Math.round(delivered / (convergeMs / 1000)) };
}
