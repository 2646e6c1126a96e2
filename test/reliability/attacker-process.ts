// Runs the hostile sockets in their own process, so the good clients in the test process measure
// the relay's responsiveness, not a test process saturated by generating junk.
// Receives { port, room, frames, sockets, seed }; reports { sent, closeCodes } when done.
import { WebSocket } from 'ws';
import { makeRandom } from '../support/seeded-random';
import { hostileFrame, sampleUpdates } from './hostile-frames';

interface Job {
  readonly port: number;
  readonly room: string;
  readonly frames: number;
  readonly sockets: number;
  readonly seed: number;
}

async function run(job: Job): Promise<{ sent: number; closeCodes: [number, number][] }> {
  const random = makeRandom(job.seed);
  const samples = sampleUpdates();
  const closeCodes = new Map<number, number>();
  let sent = 0;
  const attack = async (): Promise<void> => {
    while (sent < job.frames) {
      const socket = new WebSocket(`ws://127.0.0.1:${job.port}/sync/${job.room}`);
      socket.on('error', () => {});
      const closed = new Promise<void>((resolve) => socket.once('close', (code) => {
        closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
        resolve();
      }));
      await new Promise<void>((resolve) => { socket.once('open', () => resolve()); socket.once('close', () => resolve()); });
      while (socket.readyState === WebSocket.OPEN && sent < job.frames) {
        socket.send(hostileFrame(random, samples));
        sent += 1;
        if (sent % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      if (socket.readyState === WebSocket.OPEN) socket.close(1000);
      await closed;
    }
  };
  await Promise.all(Array.from({ length: job.sockets }, attack));
  return { sent, closeCodes: [...closeCodes] };
}

process.once('message', (job: Job) => {
  run(job).then(
    (report) => process.send?.({ ok: true, ...report }, () => process.exit(0)),
    (error: unknown) => process.send?.({ ok: false, error: String(error) }, () => process.exit(1)),
  );
});
process.send?.('ready');
