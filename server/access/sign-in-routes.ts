// Sign-in API: claim the server, join by invitation or device link, sign in with a password,
// refresh, list and revoke this person's sessions. Login-type routes are rate-limited per IP.
import type { Hono } from 'hono';
import { hasCharacterNotInAName } from '../../shared/schema/pending-name';
import type { Clock } from '../clock';
import { createIpRateLimiter } from '../relay/ip-rate-limiter';
import type { Access, Joined, JoinFailure, NewPerson } from './access';
import { apiError, clientIp, optionalString, readBody, signedIn, stringField, type Body } from './access-http';

const LOGIN_ATTEMPTS_PER_MINUTE = 10;

export function mountSignInRoutes(app: Hono, access: Access, clock: Clock): void {
  const limiter = createIpRateLimiter({ ratePerSecond: LOGIN_ATTEMPTS_PER_MINUTE / 60, burst: LOGIN_ATTEMPTS_PER_MINUTE, clock });
  const throttle = (ip: string): void => {
    if (!limiter.allow(ip)) throw apiError(429, 'too-many-attempts');
  };

  app.get('/api/access/status', (c) => c.json({ ok: true, claimed: access.claims.isClaimed() }));

  app.post('/api/claim', async (c) => {
    throttle(clientIp(c));
    const body = await readBody(c);
    return respond(await access.claim(stringField(body, 'secret', 200), person(body)));
  });

  app.get('/api/links/:link', (c) => {
    throttle(clientIp(c));
    const peeked = access.links.peek(c.req.param('link'));
    if (!peeked.ok) throw apiError(failureStatus(peeked.reason), peeked.reason);
    // a device link names whose device this becomes, so the person can check it is theirs
    const name = peeked.grant.kind === 'device' ? access.users.nameOf(peeked.grant.userId) : null;
    return c.json({ ok: true, ...peeked.grant, ...(name === null ? {} : { name }) });
  });

  app.post('/api/join', async (c) => {
    throttle(clientIp(c));
    const body = await readBody(c);
    return respond(await access.redeemLink(stringField(body, 'link', 200), person(body)));
  });

  app.post('/api/sign-in', async (c) => {
    throttle(clientIp(c));
    const body = await readBody(c);
    const userId = await access.users.checkPassword(stringField(body, 'name', 200), stringField(body, 'password', 200));
    if (userId === null) throw apiError(401, 'wrong-name-or-password');
    return c.json({ ok: true, ...access.sessions.issue(userId, deviceName(body)) });
  });

  app.get('/api/me', (c) => {
    const signed = signedIn(c, access);
    return c.json({ ok: true, user: { id: signed.userId, name: signed.name }, sessionId: signed.sessionId, workspaces: access.memberships.workspacesOf(signed.userId) });
  });

  app.post('/api/session/refresh', (c) => c.json({ ok: true, ...access.sessions.refresh(signedIn(c, access)) }));

  app.get('/api/sessions', (c) => c.json({ ok: true, sessions: access.sessions.list(signedIn(c, access).userId) }));

  app.delete('/api/sessions/:id', (c) => {
    const signed = signedIn(c, access);
    const sessionId = c.req.param('id');
    if (!access.sessions.revoke(signed.userId, sessionId)) throw apiError(404, 'session-not-found');
    access.notify({ kind: 'session', sessionId });
    return c.json({ ok: true });
  });

  app.post('/api/device-links', (c) => c.json({ ok: true, ...access.links.createDeviceLink(signedIn(c, access).userId) }));
}

function person(body: Body): NewPerson {
  return { preferredId: optionalString(body, 'userId', 64), name: optionalString(body, 'name', 200) ?? '', password: optionalString(body, 'password', 200), device: deviceName(body) };
}

/** The label of a session in its person's list of signed-in devices: one line of text, as a name is. */
function deviceName(body: Body): string {
  const device = optionalString(body, 'device', 120) ?? 'device';
  if (hasCharacterNotInAName(device)) throw apiError(400, 'invalid-device');
  return device;
}

function respond(joined: Joined): Response {
  if (!joined.ok) throw apiError(failureStatus(joined.reason), joined.reason);
  return Response.json({ ok: true, ...joined.grant });
}

function failureStatus(reason: JoinFailure): 400 | 403 | 404 | 409 | 410 {
  switch (reason) {
    case 'invalid-name':
    case 'weak-password':
      return 400;
    case 'invalid-claim':
      return 403;
    case 'invalid-link':
      return 404;
    case 'name-taken':
    case 'already-member':
      return 409;
    case 'expired-link':
    case 'used-link':
      return 410;
  }
}
