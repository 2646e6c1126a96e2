// Where the renderer's main thread spent a span of time, from a Chromium trace (devtools.timeline):
// self time per event name (a Layout forced inside a script counts as Layout, not twice).
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

export function mainThreadSelfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && hasWork(events, event));
  if (!main) throw new Error('the trace has no renderer main thread');
  const spans = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && (event.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { readonly event: TraceEvent; readonly end: number; children: number }[] = [];
  const close = (until: number): void => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (!done) break;
      self.set(done.event.name, (self.get(done.event.name) ?? 0) + ((done.event.dur ?? 0) - done.children) / 1000);
      const parent = stack.at(-1);
      if (parent) parent.children += done.event.dur ?? 0;
    }
  };
  for (const event of spans) {
    close(event.ts);
    stack.push({ event, end: event.ts + (event.dur ?? 0), children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return self;
}

/** Several renderers may be traced (the service worker's, an old tab's): take the busiest. */
function hasWork(events: readonly TraceEvent[], thread: TraceEvent): boolean {
  return events.some((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'Layout');
}
