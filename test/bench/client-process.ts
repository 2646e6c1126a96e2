// Entry of the forked client process: runs the scenario named by the parent and reports back
// over IPC, so client CPU time never competes inside the relay's event loop.
import { runBurst, runLatency } from './scenarios';

interface Job {
  readonly syncUrl: string;
  /** Session token every client presents at upgrade (the relay runs with access control on). */
  readonly token: string;
}

process.setMaxListeners(500); // each y-websocket provider registers an exit listener

process.on('message', (job: Job) => {
  void (async () => {
    try {
      process.stderr.write('bench: latency scenario (1 writer, 20 observers)…\n');
      const latency = await runLatency(job.syncUrl, job.token, { observers: 20, perSecond: 20, warmupS: 2, measureS: 10 });
      process.send?.('latency-done');
      process.stderr.write('bench: burst scenario (50 clients × 50 edits)…\n');
      const burst = await runBurst(job.syncUrl, job.token, { clients: 50, edits: 50 });
      process.send?.({ ok: true, latency, burst });
    } catch (error) {
      process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    process.disconnect?.();
    process.exit(0);
  })();
});
// messages sent before this module finished loading would be lost: ask for the job only now
process.send?.('ready');
