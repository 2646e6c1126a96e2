// Preloaded into our relay by the snapshot latency bench (`node --import`): an event-loop delay
// histogram on the relay's main thread at 1 ms resolution, reset and read by the bench over the
// child's IPC channel, so the figure covers the measured window only (GET /metrics keeps one since
// start at 20 ms, which holds the seeding too). Plain .mjs: the relay runs as a bundle, without tsx.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

// --import is inherited by worker threads (the snapshot worker): only the relay's own thread is measured
if (isMainThread && typeof process.send === 'function') {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const ms = (ns) => (histogram.count > 0 && Number.isFinite(ns) ? Math.round(ns / 1e4) / 100 : null);
  process.on('message', (message) => {
    if (typeof message !== 'object' || message === null || message.type !== 'loop-delay') return;
    if (message.op === 'reset') histogram.reset();
    process.send({
      type: 'loop-delay',
      id: message.id,
      p50Ms: ms(histogram.percentile(50)),
      p99Ms: ms(histogram.percentile(99)),
      maxMs: ms(histogram.max),
      count: histogram.count,
    });
  });
  // the channel must not keep a relay alive that was told to stop
  process.channel?.unref();
}
