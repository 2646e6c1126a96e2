// Shared pieces of the access API: JSON body reading with a size limit, the signed-in person from
// the bearer token, client IPs for rate limits, and one error shape `{ ok: false, error }`.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Access } from './access';
import { bearerToken } from './request-token';
import type { Signed } from './sessions';

export const MAX_JSON_BODY_BYTES = 16 * 1024;

export type Body = Readonly<Record<string, unknown>>;

export async function readBody(c: Context): Promise<Body> {
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > MAX_JSON_BODY_BYTES) throw bodyTooLarge();
  const text = await readTextUpTo(c.req.raw, MAX_JSON_BODY_BYTES);
  if (text === null) throw bodyTooLarge();
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw apiError(400, 'body-not-an-object');
    return value as Body;
  } catch (error) {
    if (error instanceof HTTPException) throw error;
    throw apiError(400, 'body-not-json');
  }
}

/** The rest of a refused body may still be arriving: `connection: close` keeps it off the next request on that socket. */
function bodyTooLarge(): HTTPException {
  return new HTTPException(413, { res: Response.json({ ok: false, error: 'body-too-large' }, { status: 413, headers: { connection: 'close' } }) });
}

/**
 * The body as text, or null once it passes `maxBytes`: reading stops there, because a body sent
 * without a length (chunked) is otherwise read whole first, and one that never ends fills memory.
 */
async function readTextUpTo(request: Request, maxBytes: number): Promise<string | null> {
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      // not cancel(): that destroys the socket before the 413 is written; @hono/node-server drains the rest after the answer
      reader.releaseLock();
      return null;
    }
    chunks.push(read.value);
  }
  // TextDecoder, as Request.text() does: invalid UTF-8 becomes U+FFFD and a leading BOM is dropped
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function stringField(body: Body, key: string, maxLength = 500): string {
  const value = body[key];
  if (typeof value !== 'string' || value.length > maxLength) throw apiError(400, `invalid-${key}`);
  return value;
}

export function optionalString(body: Body, key: string, maxLength = 500): string | null {
  return body[key] === undefined || body[key] === null || body[key] === '' ? null : stringField(body, key, maxLength);
}

export function signedIn(c: Context, access: Access): Signed {
  const authenticated = access.sessions.authenticate(bearerToken(c.req.header('authorization')));
  if (!authenticated.ok) throw apiError(401, authenticated.reason);
  return authenticated.signed;
}

export function apiError(status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 429, error: string): HTTPException {
  return new HTTPException(status, { res: Response.json({ ok: false, error }, { status }) });
}

export function clientIp(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
