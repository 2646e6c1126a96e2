// One websocket peer: rate limit, buffering while its room loads, per-message error boundary,
// backpressure on sends, liveness. Everything that goes wrong here closes this socket only.
import type { WebSocket } from 'ws';
import type { Clock } from '../clock';
import type { RelayLimits } from '../config';
import type { Logger } from '../log';
import { CLOSE_CODE, ProtocolError } from './message-types';
import type { CloseCode } from './message-types';
import type { Peer } from './peer';
import type { RelayErrorKind } from './relay-observer';
import { decodeClientMessage } from './protocol-decode';
import type { Room } from './room';
import { createTokenBucket } from './token-bucket';

export interface Connection extends Peer {
  /** Called by the heartbeat: false means no pong since the last ping and the socket was ended. */
  heartbeat(): boolean;
  /** Stop handling incoming frames (graceful shutdown: nothing new may be accepted). */
  mute(): void;
  /** Closes with `code` and resolves once the socket is closed, cutting it after `timeoutMs`. */
  closeAndWait(code: CloseCode, reason: string, timeoutMs: number): Promise<void>;
}

export interface ConnectionOptions {
  readonly socket: WebSocket;
  readonly peer: Pick<Peer, 'id' | 'ip' | 'userId' | 'userName' | 'sessionId' | 'readOnly' | 'wantsAck'>;
  readonly room: Room;
  readonly limits: RelayLimits;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Counts an error this connection handled (by closing itself). */
  readonly reportError: (kind: RelayErrorKind) => void;
  readonly onClose: (connection: Connection) => void;
}

export function createConnection(options: ConnectionOptions): Connection {
  const { socket, room, limits, reportError } = options;
  const logger = options.logger.child({ room: room.name, connection: options.peer.id });
  const bucket = createTokenBucket({ ratePerSecond: limits.messagesPerSecond, burst: limits.messageBurst, clock: options.clock });
  let pending: Uint8Array[] | null = [];
  let pendingBytes = 0;
  let alive = true;
  let muted = false;

  const connection: Connection = {
    ...options.peer,
    send(frame) {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > limits.maxBufferedBytes) {
        // A close frame would queue behind the bytes this peer isn't reading, keeping them in memory
        // until the close times out; cutting the TCP connection frees them now. The client reconnects.
        logger.warn('cutting off slow consumer', { bufferedBytes: socket.bufferedAmount });
        reportError('slow-consumer');
        muted = true;
        socket.terminate();
        return;
      }
      socket.send(frame, (error) => {
        if (error !== undefined && error !== null) logger.debug('send failed', { error });
      });
    },
    close(code: CloseCode, reason: string) {
      muted = true;
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
    },
    heartbeat() {
      if (!alive) {
        logger.info('terminating unresponsive socket');
        socket.terminate();
        return false;
      }
      alive = false;
      socket.ping();
      return true;
    },
    mute() {
      muted = true;
    },
    closeAndWait(code, reason, timeoutMs) {
      if (socket.readyState === socket.CLOSED) return Promise.resolve();
      const closed = new Promise<void>((resolve) => {
        const timer = setTimeout(() => socket.terminate(), timeoutMs);
        socket.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      connection.close(code, reason);
      return closed;
    },
  };

  const handle = (frame: Uint8Array): void => {
    try {
      room.receive(connection, decodeClientMessage(frame));
    } catch (error) {
      if (error instanceof ProtocolError) {
        logger.warn('closing socket after bad frame', { reason: error.message, code: error.closeCode });
        reportError('bad-frame');
        connection.close(error.closeCode, 'bad frame');
      } else {
        logger.error('message handler failed', { error });
        reportError('message-failed');
        connection.close(CLOSE_CODE.internalError, 'internal error');
      }
    }
  };

  socket.on('pong', () => (alive = true));
  socket.on('message', (data, isBinary) => {
    alive = true;
    if (muted) return;
    if (!bucket.take()) {
      logger.warn('closing socket over message rate');
      reportError('message-rate-limited');
      return connection.close(CLOSE_CODE.policyViolation, 'rate limit');
    }
    const frame = toBytes(data);
    if (!isBinary) {
      reportError('bad-frame');
      return connection.close(CLOSE_CODE.unsupportedData, 'binary frames only');
    }
    if (pending === null) return handle(frame);
    pendingBytes += frame.byteLength;
    if (pending.length >= limits.maxPendingMessages || pendingBytes > limits.maxBufferedBytes) {
      reportError('load-buffer-overflow');
      return connection.close(CLOSE_CODE.policyViolation, 'too much sent while the room loads');
    }
    pending.push(frame);
  });
  socket.on('error', (error) => {
    logger.debug('socket error', { error });
    // ws's own frame checks (over maxPayload, a bad opcode or UTF-8, …) fail with a WS_ERR_ code and close with 1002/1007/1009
    if (isFrameError(error)) reportError('bad-frame');
  });
  socket.once('close', () => {
    muted = true;
    pending = null;
    options.onClose(connection);
  });

  room.ready.then(
    () => {
      if (socket.readyState !== socket.OPEN) return;
      room.greet(connection);
      const buffered = pending ?? [];
      pending = null;
      // in arrival order, before anything that arrives later (which goes straight to handle)
      for (const frame of buffered) if (!muted) handle(frame);
    },
    (error: unknown) => {
      logger.error('room failed to load', { error });
      reportError('room-load-failed');
      connection.close(CLOSE_CODE.internalError, 'room unavailable');
    },
  );
  return connection;
}

function isFrameError(error: Error): boolean {
  return 'code' in error && typeof error.code === 'string' && error.code.startsWith('WS_ERR_');
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const buffer = Array.isArray(data) ? Buffer.concat(data) : data;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
