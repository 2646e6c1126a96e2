// The relay: admits websocket upgrades (room name, rate, access) and wires each socket to its
// room. It speaks only y-protocols and knows nothing about what the documents contain.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { isRoomName } from '../../shared/schema/room-name';
import type { RoomName } from '../../shared/schema/room-name';
import type { Clock } from '../clock';
import type { RelayLimits } from '../config';
import type { Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import type { Authorize } from './authorize';
import { createConnection } from './connection';
import type { Connection } from './connection';
import type { Fanout } from './fanout';
import { refusalErrorKind, refuseUpgrade, type RefusalStatus } from './http-refusal';
import { createIpRateLimiter } from './ip-rate-limiter';
import { CLOSE_CODE } from './message-types';
import type { CloseCode } from './message-types';
import { createRoom } from './room';
import { createRoomRegistry } from './room-registry';
import { createStorageHealth } from './storage-health';
import { parseUpgradeTarget } from './upgrade-target';
import { NO_OBSERVER, notifyObserver, type RelayErrorKind, type RelayObserver } from './relay-observer';

// how long a peer gets to answer our close frame before its socket is cut
const SHUTDOWN_CLOSE_WAIT_MS = 2_000;

export interface RelayDeps {
  readonly store: DocStore;
  readonly fanout: Fanout;
  readonly authorize: Authorize;
  readonly limits: RelayLimits;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Traffic notifications for metrics (server/metrics); none by default. */
  readonly observer?: RelayObserver;
}

export interface ConnectedPeer {
  readonly room: RoomName;
  readonly userId: string | undefined;
  readonly sessionId: string | undefined;
  readonly readOnly: boolean;
  readonly ip: string;
}

export interface RelayStats {
  readonly rooms: number;
  readonly connections: number;
}

export interface Relay {
  /** For the HTTP server's 'upgrade' event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  stats(): RelayStats;
  /** True while document updates are refused after a storage failure. */
  isStorageDegraded(): boolean;
  isRoomLoaded(room: string): boolean;
  /**
   * The document of a room held in memory (waiting for a load in progress), or null when the room is
   * cold or failed to load. For readers of a room's current state (server/first-screen); never written.
   */
  heldRoomDoc(room: RoomName): Promise<Y.Doc | null>;
  /**
   * Closes every socket whose peer matches, e.g. with 4403 when a member loses access to a room
   * (DESIGN §6). Returns how many were closed.
   */
  closeConnections(match: (peer: ConnectedPeer) => boolean, code: CloseCode, reason: string): number;
  /** Stop accepting, save every room, close sockets with 1012. Does not close the store. */
  shutdown(): Promise<void>;
}

export function createRelay(deps: RelayDeps): Relay {
  const { limits, logger, clock } = deps;
  const observer = deps.observer ?? NO_OBSERVER;
  const observe = (run: () => void): void => notifyObserver(run, (error) => logger.error('relay observer failed', { error }));
  const reportError = (kind: RelayErrorKind): void => {
    if (observer.errorHandled) observe(() => observer.errorHandled?.(kind));
  };
  const refuse = (socket: Duplex, status: RefusalStatus, reason: string): void => {
    const kind = refusalErrorKind(status);
    if (kind !== null) reportError(kind);
    refuseUpgrade(socket, status, reason);
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false });
  // each open connection and the room it joined
  const roomOf = new Map<Connection, RoomName>();
  const storage = createStorageHealth({ clock, logger, firstRetryMs: limits.storageRetryMs });
  const upgradeLimiter = createIpRateLimiter({ ratePerSecond: limits.upgradesPerSecondPerIp, burst: limits.upgradeBurstPerIp, clock });
  const registry = createRoomRegistry({
    idleUnloadMs: limits.roomIdleUnloadMs,
    logger,
    createRoom: (name) => createRoom({ name, store: deps.store, fanout: deps.fanout, logger, clock, limits, storage, observer, reportError, onFailed: (room) => registry.drop(room) }),
    reportError,
  });
  let nextConnection = 1;
  let accepting = true;

  const heartbeat = setInterval(() => {
    for (const connection of roomOf.keys()) connection.heartbeat();
  }, limits.pingIntervalMs);
  heartbeat.unref();

  const admit = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    if (!accepting) return refuse(socket, 503, 'relay shutting down');
    const target = parseUpgradeTarget(request.url);
    if (!target.ok) return refuse(socket, target.status, target.reason);
    const ip = request.socket.remoteAddress ?? 'unknown';
    if (!upgradeLimiter.allow(ip)) return refuse(socket, 429, 'too many connections');
    const decision = await deps.authorize({ room: target.room, url: target.url, headers: request.headers, ip });
    if (!decision.ok) return refuse(socket, decision.status, decision.reason);
    if (!accepting) return refuse(socket, 503, 'relay shutting down');
    wss.handleUpgrade(request, socket, head, (socket) => {
      const id = `c${nextConnection++}`;
      const user = decision.user;
      const peer = { id, ip, userId: user?.id, userName: user?.name, sessionId: user?.sessionId, readOnly: decision.readOnly, wantsAck: target.wantsAck };
      const room = registry.acquire(target.room);
      const connection = createConnection({
        socket,
        peer,
        room,
        limits,
        clock,
        logger,
        reportError,
        onClose: (closed) => {
          roomOf.delete(closed);
          registry.leave(room, closed);
        },
      });
      room.add(connection);
      roomOf.set(connection, target.room);
      if (observer.peerJoined) observe(() => observer.peerJoined?.(target.room, peer.userId, peer.sessionId));
      if (observer.peerClosed) socket.once('close', (code: number) => observe(() => observer.peerClosed?.(target.room, code)));
    });
  };

  return {
    handleUpgrade(request, socket, head) {
      // a client that vanishes while we await authorize must not crash the process
      socket.on('error', (error) => logger.debug('upgrade socket error', { error }));
      admit(request, socket, head).catch((error: unknown) => {
        logger.error('upgrade failed', { error });
        refuse(socket, 500, 'internal error');
      });
    },
    stats: () => ({ rooms: registry.size(), connections: roomOf.size }),
    isStorageDegraded: () => storage.isDegraded(),
    isRoomLoaded: (room) => isRoomName(room) && registry.isLoaded(room),
    async heldRoomDoc(room) {
      const held = registry.peek(room);
      if (held === undefined) return null;
      try {
        await held.ready;
      } catch {
        return null;
      }
      return held.loadedDoc();
    },
    closeConnections(match, code, reason) {
      let closed = 0;
      for (const [connection, room] of roomOf) {
        if (!match({ room, userId: connection.userId, sessionId: connection.sessionId, readOnly: connection.readOnly, ip: connection.ip })) continue;
        connection.close(code, reason);
        closed += 1;
      }
      return closed;
    },
    async shutdown() {
      accepting = false;
      storage.dispose();
      clearInterval(heartbeat);
      for (const connection of roomOf.keys()) connection.mute();
      await registry.persistAll();
      const closed = [...roomOf.keys()].map((connection) => connection.closeAndWait(CLOSE_CODE.serviceRestart, 'relay restarting', SHUTDOWN_CLOSE_WAIT_MS));
      await Promise.all(closed);
      registry.destroyAll();
      wss.close();
    },
  };
}
