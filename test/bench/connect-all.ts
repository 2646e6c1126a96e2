// Connects many clients in waves and waits until each wave synced, so every relay sees the same
// arrival pattern and a slow handshake shows up as time rather than as a timeout storm.
import type * as Y from 'yjs';
import type { BenchClient, Connector } from './connector';
import { nowMs, withTimeout } from './timing';

export interface Connected {
  readonly clients: BenchClient[];
  readonly connectMs: number;
}

export async function connectInWaves(
  connector: Connector,
  rooms: readonly string[],
  options: { readonly waveSize: number; readonly timeoutMs: number; readonly docFor?: (index: number) => Y.Doc },
): Promise<Connected> {
  const clients: BenchClient[] = [];
  const start = nowMs();
  for (let first = 0; first < rooms.length; first += options.waveSize) {
    const wave = rooms.slice(first, first + options.waveSize).map((room, offset) => connector.connect(room, options.docFor?.(first + offset)));
    clients.push(...wave);
    await withTimeout(Promise.all(wave.map((client) => client.whenSynced)), options.timeoutMs, `${clients.length} of ${rooms.length} clients synced`);
  }
  return { clients, connectMs: nowMs() - start };
}
