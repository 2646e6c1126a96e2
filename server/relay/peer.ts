// What a room needs from one websocket connection; the room never touches the socket itself.
import type { CloseCode } from './message-types';

export interface Peer {
  readonly id: string;
  readonly ip: string;
  readonly userId: string | undefined;
  /** The signed-in person's display name; stamped into their presence so nobody can pose as someone else. */
  readonly userName: string | undefined;
  readonly sessionId: string | undefined;
  /** Viewer: receives sync and awareness, but its document updates are dropped. */
  readonly readOnly: boolean;
  /** Asked for durable acknowledgements (`?ack=1`). */
  readonly wantsAck: boolean;
  send(frame: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}
