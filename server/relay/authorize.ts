// The access hook called at upgrade, before any socket exists. Today every room is open and
// writable; the session-token and ACL check of DESIGN §6 plugs in here.
import type { IncomingHttpHeaders } from 'node:http';
import type { RoomName } from '../../shared/schema/room-name';

export interface AccessRequest {
  readonly room: RoomName;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly ip: string;
}

export interface AccessUser {
  readonly id: string;
  readonly name: string;
  /** The device session the token belongs to, so revoking it can close exactly its sockets. */
  readonly sessionId?: string;
}

export type AccessDecision =
  | { readonly ok: true; readonly readOnly: boolean; readonly user?: AccessUser }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

export type Authorize = (request: AccessRequest) => Promise<AccessDecision>;

export const allowAll: Authorize = async () => ({ ok: true, readOnly: false });
