// Wire constants of the relay: y-websocket's message types, our acknowledgement, and the close
// codes we send. Kept in one place so docs/relay-protocol.md has a single source to match.

export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Ours, only sent to connections that asked with `?ack=1`: varUint(100) · varUint8Array(stateVector). */
  ack: 100,
} as const;

export const SYNC_STEP = { step1: 0, step2: 1, update: 2 } as const;

export const CLOSE_CODE = {
  /** Rate limit exceeded, or too many messages buffered while the room loads. */
  policyViolation: 1008,
  /** Frame larger than maxFrameBytes (sent by ws itself). */
  tooLarge: 1009,
  /** Unknown message type. */
  unsupportedData: 1003,
  /** Bytes that do not decode: bad varint, truncated frame, broken Yjs update. */
  invalidPayload: 1007,
  /** The store failed; the client reconnects and re-syncs. */
  internalError: 1011,
  /** Relay shutting down or restarting. */
  serviceRestart: 1012,
  /** The person's access changed (e.g. became a viewer): reconnect, the upgrade re-checks it. */
  accessChanged: 4000,
  /** Session expired or revoked: the client should not reconnect. */
  unauthorized: 4401,
  /** Access to the room removed: the client should not reconnect. */
  forbidden: 4403,
} as const;

export type CloseCode = (typeof CLOSE_CODE)[keyof typeof CLOSE_CODE];

/** A frame that cannot be understood; closes that socket only. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    message: string,
    readonly closeCode: CloseCode,
  ) {
    super(message);
  }
}
