// `npm run bench`: relay in one process, stock y-websocket clients in another, figures printed
// as a table and as JSON together with the machine they were measured on.
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { claimAndRegister } from './bench-access';
import { startRelayProcess } from './relay-process';
import { BENCH_WORKSPACES } from './scenarios';
import type { BurstResult, LatencyResult } from './scenarios';

type ClientReport = { ok: true; latency: LatencyResult; burst: BurstResult } | { ok: false; error: string };

async function main(): Promise<void> {
  // other work on the machine skews every figure; the load before the run says how much
  const loadAverage1m = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
  const relay = await startRelayProcess({ LOG_LEVEL: 'info' });
  if (relay.claimSecret === null) throw new Error('the relay logged no claim link; is access control on?');
  const { token } = await claimAndRegister(`http://127.0.0.1:${relay.port}`, relay.claimSecret, Object.values(BENCH_WORKSPACES));
  const client = fork(path.resolve('test/bench/client-process.ts'), [], { execArgv: ['--import', 'tsx'] });
  // relay CPU seconds at the start and after each scenario, to tell relay cost from client cost
  const cpu: (number | null)[] = [];
  const report = await new Promise<ClientReport>((resolve, reject) => {
    client.on('message', (message: ClientReport | 'ready' | 'latency-done') => {
      if (message === 'ready') {
        cpu.push(relay.cpuSeconds());
        client.send({ syncUrl: `ws://127.0.0.1:${relay.port}/sync`, token });
      } else if (message === 'latency-done') cpu.push(relay.cpuSeconds());
      else {
        cpu.push(relay.cpuSeconds());
        resolve(message);
      }
    });
    client.once('exit', (code) => reject(new Error(`client process exited with ${code} before reporting`)));
  });
  const relayRssMiB = relay.rssMiB();
  const relayCpuSeconds = { latency: cpuBetween(cpu[0], cpu[1]), burst: cpuBetween(cpu[1], cpu[2]) };
  await relay.stop();
  if (!report.ok) throw new Error(`benchmark failed in the client process: ${report.error}`);

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage1m,
  };
  const { latency, burst } = report;
  const rows: [string, string][] = [
    ['machine', `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load ${loadAverage1m}`],
    ['latency: setup', `1 writer → ${latency.observers} observers, ${latency.updatesPerSecond} updates/s, ${latency.measuredUpdates} measured updates`],
    ['latency: deliveries', String(latency.deliveries)],
    ['latency: p50 / p99 / max', `${latency.p50Ms} / ${latency.p99Ms} / ${latency.maxMs} ms`],
    ['burst: setup', `${burst.clients} clients × ${burst.editsPerClient} concurrent edits = ${burst.totalEdits} edits`],
    ['burst: all clients have all edits', `${burst.convergeMs} ms`],
    ['burst: updates delivered', `${burst.deliveredUpdates} (${burst.updatesDeliveredPerSecond}/s)`],
    ['relay CPU: latency / burst', `${relayCpuSeconds.latency ?? 'n/a'} s / ${relayCpuSeconds.burst ?? 'n/a'} s`],
    ['relay RSS after runs', relayRssMiB === null ? 'n/a' : `${relayRssMiB} MiB`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(width)}  ${value}\n`);
  process.stdout.write(`\n${JSON.stringify({ machine, latency, burst, relayCpuSeconds, relayRssMiB }, null, 2)}\n`);
}

function cpuBetween(from: number | null | undefined, to: number | null | undefined): number | null {
  return from === null || from === undefined || to === null || to === undefined ? null : Math.round((to - from) * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
