// Starts one relay of the given kind, ready for clients: ours claimed and with the scenario's rooms
// registered, peers as they come. The client process gets only the serializable target.
import { claimRelay, registerRooms } from './bench-access';
import type { ClientTarget } from './connector';
import { startPeerProcess } from './peer-process';
import { startRelayProcess } from './relay-process';
import type { RelayProcess } from './relay-process';
import type { RelayKind, ServerProcess } from './server-process';

export interface RelaySession {
  readonly server: ServerProcess;
  readonly target: ClientTarget;
  /** Set for our relay only, for scenarios that restart it or ask its health endpoint. */
  readonly ours: RelayProcess | null;
}

export interface RelaySessionOptions {
  /** Extra environment for our relay (limits, compaction); peers take no tuning. */
  readonly oursEnv?: Readonly<Record<string, string>>;
  /** Rooms the scenario will use; our relay refuses rooms nobody registered. */
  readonly rooms: readonly string[];
  readonly cpuProfileDir?: string;
  /** Our relay only: load the event-loop delay probe (loop-delay.ts). */
  readonly loopDelayProbe?: boolean;
}

export async function openRelaySession(kind: RelayKind, options: RelaySessionOptions): Promise<RelaySession> {
  if (kind !== 'ours') {
    const server = await startPeerProcess(kind);
    return { server, ours: null, target: { kind, url: `ws://127.0.0.1:${server.port}`, token: null } };
  }
  const relay = await startRelayProcess({ env: options.oursEnv ?? {}, cpuProfileDir: options.cpuProfileDir, loopDelayProbe: options.loopDelayProbe });
  if (relay.claimSecret === null) throw new Error('the relay logged no claim link; is access control on?');
  const baseUrl = `http://127.0.0.1:${relay.port}`;
  const { token } = await claimRelay(baseUrl, relay.claimSecret);
  await registerRooms(baseUrl, token, options.rooms);
  return { server: relay, ours: relay, target: { kind, url: `ws://127.0.0.1:${relay.port}/sync`, token } };
}

/** Our relay's own count of loaded rooms and open connections (`/healthz`). */
export async function oursStats(relay: RelayProcess): Promise<{ rooms: number; connections: number }> {
  const response = await fetch(`http://127.0.0.1:${relay.port}/healthz`);
  const body = (await response.json()) as { rooms?: unknown; connections?: unknown };
  return { rooms: Number(body.rooms), connections: Number(body.connections) };
}

/** Opens a session, runs `body` with it and always stops the relay, also when `body` throws. */
export async function withRelaySession<T>(kind: RelayKind, options: RelaySessionOptions, body: (session: RelaySession) => Promise<T>): Promise<T> {
  const session = await openRelaySession(kind, options);
  try {
    return await body(session);
  } finally {
    await session.server.stop();
  }
}

/** Relay CPU seconds spent while `body` ran, added to its figures. */
export async function withRelayCpu(server: ServerProcess, body: () => Promise<Record<string, number | null>>): Promise<Record<string, number | null>> {
  const before = server.cpuSeconds();
  const metrics = await body();
  const after = server.cpuSeconds();
  return { ...metrics, 'relay CPU (s)': before === null || after === null ? null : Math.round((after - before) * 100) / 100 };
}
