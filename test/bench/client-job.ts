// The parent's side of the client process: fork it, hand it one job, answer its checkpoints (where
// the parent measures the relay while the clients hold still) and collect its figures.
import { fork } from 'node:child_process';
import path from 'node:path';
import type { ClientTarget } from './connector';
import type { ColdReadOptions, ColdWriteOptions } from './cold-load';
import type { DensityOptions } from './density';
import type { FanoutOptions } from './fanout';
import type { LatencyOptions } from './latency';
import type { ManyRoomsOptions } from './many-rooms';

/** Named figures of one relay in one scenario; the name carries the unit. */
export type Metrics = Record<string, number | null>;

/** Raw measurements behind some figures (latency: every delivery in ms, per room), for pooling across runs. */
export type Samples = Readonly<Record<string, readonly number[]>>;

export interface JobResult {
  readonly metrics: Metrics;
  readonly samples?: Samples;
}

export type ClientJob = { readonly target: ClientTarget } & (
  | { readonly scenario: 'latency'; readonly options: LatencyOptions }
  | { readonly scenario: 'fanout'; readonly options: FanoutOptions }
  | { readonly scenario: 'many-rooms'; readonly options: ManyRoomsOptions }
  | { readonly scenario: 'density'; readonly options: DensityOptions }
  | { readonly scenario: 'cold-write'; readonly options: ColdWriteOptions }
  | { readonly scenario: 'cold-read'; readonly options: ColdReadOptions }
);

export type FromClient =
  | { readonly type: 'ready' }
  | { readonly type: 'checkpoint'; readonly name: string }
  | { readonly type: 'done'; readonly metrics: Metrics; readonly samples?: Samples }
  | { readonly type: 'failed'; readonly error: string };

export type ToClient = { readonly type: 'job'; readonly job: ClientJob } | { readonly type: 'resume' };

/** Called at each checkpoint the clients reach; they wait until it resolves. */
export type OnCheckpoint = (name: string) => Promise<void>;

export async function runClientJob(job: ClientJob, onCheckpoint: OnCheckpoint = async () => {}): Promise<Metrics> {
  return (await runClientJobWithSamples(job, onCheckpoint)).metrics;
}

/** As runClientJob, with the raw samples the job kept (latency only). */
export function runClientJobWithSamples(job: ClientJob, onCheckpoint: OnCheckpoint = async () => {}): Promise<JobResult> {
  // many documents live in this process in the larger scenarios
  const client = fork(path.resolve('test/bench/client-process.ts'), [], { execArgv: ['--import', 'tsx', '--max-old-space-size=6144'] });
  const send = (message: ToClient): void => void client.send(message);
  return new Promise<JobResult>((resolve, reject) => {
    client.on('message', (message: FromClient) => {
      switch (message.type) {
        case 'ready':
          return send({ type: 'job', job });
        case 'checkpoint':
          return void onCheckpoint(message.name).then(() => send({ type: 'resume' }), reject);
        case 'done':
          return resolve({ metrics: message.metrics, samples: message.samples });
        case 'failed':
          return reject(new Error(`${job.scenario} failed in the client process (${job.target.kind}): ${message.error}`));
      }
    });
    client.once('exit', (code) => reject(new Error(`client process exited with ${code} before reporting`)));
  });
}
