// Entry of the forked client process: runs the one job the parent sends and reports back over
// IPC, so client CPU time never competes inside a relay's event loop.
import type { ClientJob, FromClient, JobResult, ToClient } from './client-job';
import { runColdRead, runColdWrite } from './cold-load';
import { makeConnector } from './connector';
import type { Connector } from './connector';
import { runDensityClients } from './density';
import { runFanoutClients } from './fanout';
import { runLatencyClients } from './latency';
import { runManyRoomsClients } from './many-rooms';

/** Waits at a named point until the parent has measured the relay. */
export type Checkpoint = (name: string) => Promise<void>;

// each y-websocket provider registers an exit listener; thousands of clients live here
process.setMaxListeners(0);

const send = (message: FromClient): void => void process.send?.(message);
let resume: (() => void) | null = null;
const checkpoint: Checkpoint = (name) =>
  new Promise<void>((resolve) => {
    resume = resolve;
    send({ type: 'checkpoint', name });
  });

async function run(job: ClientJob): Promise<JobResult> {
  const connector = makeConnector(job.target);
  if (job.scenario === 'latency') return runLatencyClients(connector, job.options, checkpoint);
  return { metrics: await runOther(job, connector) };
}

function runOther(job: Exclude<ClientJob, { scenario: 'latency' }>, connector: Connector): Promise<JobResult['metrics']> {
  switch (job.scenario) {
    case 'fanout':
      return runFanoutClients(connector, job.options);
    case 'many-rooms':
      return runManyRoomsClients(connector, job.options, checkpoint);
    case 'density':
      return runDensityClients(connector, job.options, checkpoint);
    case 'cold-write':
      return runColdWrite(connector, job.options);
    case 'cold-read':
      return runColdRead(connector, job.options);
  }
}

process.on('message', (message: ToClient) => {
  if (message.type === 'resume') {
    const waiting = resume;
    resume = null;
    waiting?.();
    return;
  }
  run(message.job).then(
    ({ metrics, samples }) => finish({ type: 'done', metrics, samples }),
    (error: unknown) => finish({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

// exit only once the report left: the thousands of open clients are not worth closing one by one
function finish(message: FromClient): void {
  process.send?.(message, () => process.exit(0));
}
// messages sent before this module finished loading would be lost: ask for the job only now
send({ type: 'ready' });
