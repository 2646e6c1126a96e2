// Survey comments end to end: a real relay with access control on port 0, real satisfaction posts
// over HTTP and the relay's clock driven by hand; GET /api/metrics/comments lists the workspace's
// comments newest first with score, time and name, a page at a time, and only to its owner and
// admins: everyone else is refused with a code that says why.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SurveyCommentsWire } from '../../shared/domain/metrics/survey-comments-wire';
import { createHarness, type Harness } from './relay-harness';
import { startTeamRelay, WORKSPACE_ID, type Person, type Team } from './team-fixture';

const COMMENTS = (query = '') => `/api/metrics/comments?workspace=${WORKSPACE_ID}${query}`;
const MINUTE_MS = 60_000;

describe('survey comments API', () => {
  let harness: Harness;
  let team: Team;
  let now: number;
  beforeEach(async () => {
    now = Date.UTC(2026, 10, 23, 2, 0, 0); // 10:00 on 23 November in China
    harness = await createHarness();
    team = await startTeamRelay(harness, { clock: { now: () => now }, metrics: { autoTick: false } });
  });
  afterEach(() => harness.cleanup());

  async function answer(person: Person, score: number, comment?: string, workspaceId = WORKSPACE_ID): Promise<void> {
    const reply = await team.api('POST', '/api/satisfaction', { workspaceId, score, comment }, person.token);
    expect(reply.status).toBe(200);
  }

  async function page(token: string, query = ''): Promise<SurveyCommentsWire> {
    const reply = await team.api('GET', COMMENTS(query), undefined, token);
    expect(reply.status).toBe(200);
    return reply.json as unknown as SurveyCommentsWire;
  }

  it('lists the comments newest first with score, month and name; answers without one are not listed', async () => {
    const zhao = await team.invite('member', 'Member Zhao');
    const sun = await team.invite('viewer', 'Viewer Sun');
    const qian = await team.invite('manager', 'Manager Qian');
    await answer(zhao, 2, '甘特图在手机上太小');
    now += MINUTE_MS;
    await answer(sun, 5); // a score alone: no comment to show
    now += MINUTE_MS;
    await answer(qian, 4, 'Good, but the cost page is slow');
    now = Date.UTC(2026, 10, 30, 17, 0, 0); // 01:00 on 1 December in China: a new month, a new answer
    await answer(zhao, 3, '好一点了');
    team.access.memberships.registerWorkspace(team.owner.id, 'otherWorkspace1');
    await answer(team.owner, 1, 'another workspace’s comment', 'otherWorkspace1');

    const listed = await page(team.owner.token);
    expect(listed.workspaceId).toBe(WORKSPACE_ID);
    expect(listed.next).toBeNull();
    expect(listed.comments).toEqual([
      { at: Date.UTC(2026, 10, 30, 17, 0, 0), month: '2026-12', score: 3, comment: '好一点了', userId: zhao.id, name: 'Member Zhao' },
      { at: Date.UTC(2026, 10, 23, 2, 2, 0), month: '2026-11', score: 4, comment: 'Good, but the cost page is slow', userId: qian.id, name: 'Manager Qian' },
      { at: Date.UTC(2026, 10, 23, 2, 0, 0), month: '2026-11', score: 2, comment: '甘特图在手机上太小', userId: zhao.id, name: 'Member Zhao' },
    ]);
  });

  it('pages by cursor: every comment exactly once, also when answers share a time, and one arriving meanwhile is not repeated', async () => {
    const people = [await team.invite('member', 'Member A1'), await team.invite('member', 'Member B2'), await team.invite('member', 'Member C3')];
    for (const [index, person] of people.entries()) await answer(person, 3, `comment ${index}`); // all at the same instant
    now += MINUTE_MS;
    await answer(team.owner, 5, 'newest');

    const first = await page(team.owner.token, '&limit=1');
    expect(first.comments.map((row) => row.comment)).toEqual(['newest']);
    // an answer arriving between two pages is newer than the cursor, so no later page shows it
    const late = await team.invite('member', 'Member D4');
    now += MINUTE_MS;
    await answer(late, 1, 'late');
    const seen = [...first.comments];
    let next = first.next;
    for (let pages = 0; next !== null && pages < 10; pages += 1) {
      const older = await page(team.owner.token, `&limit=1&before=${encodeURIComponent(next)}`);
      seen.push(...older.comments);
      next = older.next;
    }
    expect(next).toBeNull();
    expect(seen).toHaveLength(4);
    // answers at the same instant come in one fixed order (by person), each exactly once
    const tied = seen.slice(1);
    expect(tied.map((row) => row.userId)).toEqual(people.map((person) => person.id).sort().reverse());
    expect(tied.map((row) => row.comment).sort()).toEqual(['comment 0', 'comment 1', 'comment 2']);
  });

  it('is for the owner and admins only: 401 signed out, 403 for managers, members, viewers and strangers', async () => {
    const member = await team.invite('member', 'Member Zhao');
    const viewer = await team.invite('viewer', 'Viewer Sun');
    const manager = await team.invite('manager', 'Manager Qian');
    const admin = await team.invite('admin', 'Admin Zhou');
    await answer(member, 2, 'private words');
    expect(await team.api('GET', COMMENTS())).toEqual({ status: 401, json: { ok: false, error: 'no-token' } });
    for (const person of [manager, member, viewer]) {
      expect(await team.api('GET', COMMENTS(), undefined, person.token)).toEqual({ status: 403, json: { ok: false, error: 'not-an-admin' } });
    }
    const elsewhere = await team.api('GET', COMMENTS().replace(WORKSPACE_ID, 'otherWorkspace1'), undefined, admin.token);
    expect(elsewhere).toEqual({ status: 403, json: { ok: false, error: 'not-a-member' } });
    expect((await page(admin.token)).comments.map((row) => row.comment)).toEqual(['private words']);
  });

  it('refuses a bad workspace, cursor or page size with a code that names the problem', async () => {
    const ask = async (query: string) => team.api('GET', `/api/metrics/comments?${query}`, undefined, team.owner.token);
    expect(await ask('workspace=bad')).toEqual({ status: 400, json: { ok: false, error: 'invalid-workspace' } });
    expect(await ask(`workspace=${WORKSPACE_ID}&before=yesterday`)).toEqual({ status: 400, json: { ok: false, error: 'invalid-before' } });
    expect(await ask(`workspace=${WORKSPACE_ID}&limit=0`)).toEqual({ status: 400, json: { ok: false, error: 'invalid-limit' } });
    expect(await ask(`workspace=${WORKSPACE_ID}&limit=51`)).toEqual({ status: 400, json: { ok: false, error: 'invalid-limit' } });
    expect((await ask(`workspace=${WORKSPACE_ID}&limit=50`)).status).toBe(200);
  });
});
