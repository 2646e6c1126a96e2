// Starts a peer relay as a child process on loopback: the classic y-websocket server (plain node)
// or Hocuspocus (our tiny start script). Both keep documents in memory only and check nothing.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { processStats, stopChild } from './server-process';
import type { RelayKind, ServerProcess } from './server-process';

const STARTUP_TIMEOUT_MS = 20_000;

export type PeerKind = Exclude<RelayKind, 'ours'>;

export async function startPeerProcess(kind: PeerKind): Promise<ServerProcess> {
  // the y-websocket server cannot report a port it was not given, so we pick a free one
  const port = await freePort();
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  const child = kind === 'y-websocket'
    ? spawn(process.execPath, ['node_modules/y-websocket-v2/bin/server.cjs'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, ['--import', 'tsx', 'test/bench/hocuspocus-server.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = kind === 'y-websocket' ? /running at '.*' on port (\d+)/ : /hocuspocus listening on port (\d+)/;
  const actualPort = await readPort(child, listening);
  return { kind, port: actualPort, child, ...processStats(child), stop: () => stopChild(child) };
}

function readPort(child: ChildProcess, pattern: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const port = Number(pattern.exec(line)?.[1]);
      if (Number.isInteger(port) && port > 0) resolve(port);
    });
    child.once('exit', (code) => reject(new Error(`peer relay exited early with code ${code}`)));
    setTimeout(() => reject(new Error('peer relay did not report its port within 20 s')), STARTUP_TIMEOUT_MS).unref();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
