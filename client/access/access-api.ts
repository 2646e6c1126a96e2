// Typed calls to the relay's access API. Every answer is either the data or a failure code the UI
// translates; a network failure is its own code, so "offline" never reads as "wrong password".
import type { Role } from '../../shared/domain/access';
import type { SurveyCommentsWire } from '../../shared/domain/metrics/survey-comments-wire';
import type { TeamMetricsWire } from '../../shared/domain/metrics/team-metrics-wire';

export interface SessionGrant {
  readonly token: string;
  readonly user: { readonly id: string; readonly name: string };
  readonly session: { readonly id: string; readonly device: string; readonly expiresAt: number };
}

export interface Me {
  readonly user: { readonly id: string; readonly name: string };
  readonly sessionId: string;
  readonly workspaces: readonly { readonly workspaceId: string; readonly role: Role }[];
}

export interface TeamMember {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly addedAt: number;
}

export interface DeviceSession {
  readonly id: string;
  readonly device: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
  readonly expiresAt: number;
}

/** One accepted update of a room as the relay keeps it: who sent it, when, and its bytes in base64. */
export interface HistoryEntryWire {
  readonly seq: number;
  readonly at: number;
  /** Null for updates the relay accepted without a session (before access control was set up). */
  readonly userId: string | null;
  readonly userName: string | null;
  readonly update: string;
}

export interface HistoryPage {
  readonly entries: readonly HistoryEntryWire[];
  /** True when the page was full: ask again after its last seq. */
  readonly more: boolean;
}

/** The relay's largest history page. */
export const MAX_HISTORY_PAGE = 500;

export interface RobotWire {
  readonly id: string;
  readonly kind: 'dingtalk' | 'feishu' | 'wecom';
  readonly name: string;
  /** Host and path with the webhook's token masked. */
  readonly webhook: string;
  readonly secret: string | null;
  readonly briefingTime: string | null;
  readonly language: 'en' | 'zh-CN';
  readonly timeZoneOffsetMinutes: number;
  /** Absent from a relay that predates alerts. */
  readonly alerts?: RobotAlertsWire;
  /** Off = the relay sends it nothing but the test message; absent (an older relay) = on. */
  readonly enabled?: boolean;
}

/** Which relay alerts a robot posts (docs/robots.md). */
export interface RobotAlertsWire {
  readonly lateCritical: boolean;
  readonly budgetOverrun: boolean;
}

export interface RobotInputWire {
  readonly id?: string;
  readonly kind: RobotWire['kind'];
  readonly name: string;
  readonly webhookUrl: string;
  /** Omitted = keep the stored secret; '' = none. */
  readonly secret?: string;
  readonly briefingTime: string | null;
  readonly language: RobotWire['language'];
  readonly timeZoneOffsetMinutes: number;
  readonly alerts: RobotAlertsWire;
}

export interface RobotDeliveryWire {
  readonly at: number;
  readonly purpose: 'test' | 'briefing' | 'alert';
  readonly ok: boolean;
  readonly attempts: number;
  readonly message: string;
}

export type LinkInfo = { readonly kind: 'invite'; readonly workspaceId: string; readonly role: Role } | { readonly kind: 'device'; readonly userId: string; readonly name?: string };

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly status: number };

export interface PersonInput {
  /** This device's local person id, kept by the relay when free so offline edits stay attributed. */
  readonly userId?: string;
  readonly name: string;
  readonly password?: string;
  readonly device: string;
}

export function makeAccessApi(baseUrl: string, token: () => string | null) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const current = token();
    if (current) headers.authorization = `Bearer ${current}`;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      return { ok: false, error: 'network', status: 0 };
    }
    const data = (await response.json().catch(() => null)) as ({ ok?: boolean; error?: string } & T) | null;
    if (!response.ok || data === null || data.ok !== true) return { ok: false, error: data?.error ?? `http-${response.status}`, status: response.status };
    return { ok: true, value: data };
  };
  return {
    status: () => call<{ claimed: boolean }>('GET', '/api/access/status'),
    claim: (secret: string, person: PersonInput) => call<SessionGrant>('POST', '/api/claim', { secret, ...person }),
    peekLink: (link: string) => call<LinkInfo>('GET', `/api/links/${encodeURIComponent(link)}`),
    join: (link: string, person: PersonInput) => call<SessionGrant>('POST', '/api/join', { link, ...person }),
    signIn: (name: string, password: string, device: string) => call<SessionGrant>('POST', '/api/sign-in', { name, password, device }),
    me: () => call<Me>('GET', '/api/me'),
    refresh: () => call<SessionGrant>('POST', '/api/session/refresh'),
    sessions: () => call<{ sessions: DeviceSession[] }>('GET', '/api/sessions'),
    revokeSession: (id: string) => call<object>('DELETE', `/api/sessions/${encodeURIComponent(id)}`),
    createDeviceLink: () => call<{ token: string; expiresAt: number }>('POST', '/api/device-links'),
    registerWorkspace: (workspaceId: string) => call<object>('POST', '/api/workspaces', { workspaceId }),
    registerProject: (workspaceId: string, projectId: string) => call<object>('POST', `/api/workspaces/${workspaceId}/projects`, { projectId }),
    members: (workspaceId: string) => call<{ members: TeamMember[] }>('GET', `/api/workspaces/${workspaceId}/members`),
    setRole: (workspaceId: string, userId: string, role: Role) => call<object>('PATCH', `/api/workspaces/${workspaceId}/members/${encodeURIComponent(userId)}`, { role }),
    removeMember: (workspaceId: string, userId: string) => call<object>('DELETE', `/api/workspaces/${workspaceId}/members/${encodeURIComponent(userId)}`),
    /** A room's history after `after` (a seq), oldest first, at most `limit` (≤ 500) entries. */
    history: (room: string, after: number, limit: number = MAX_HISTORY_PAGE) =>
      call<HistoryPage>('GET', `/api/rooms/${encodeURIComponent(room)}/history?after=${after}&limit=${limit}`),
    /** A room's metrics snapshots and activity, `from`–`to` epoch ms at `step` ms buckets (room ACL; shape checked by client/features/health/metrics-wire.ts). */
    roomMetrics: (room: string, from: number, to: number, step: number) =>
      call<{ snapshots: unknown }>('GET', `/api/metrics?room=${encodeURIComponent(room)}&from=${from}&to=${to}&step=${step}`),
    /** A workspace's team figures per day, `from` to `to` inclusive ('YYYY-MM-DD'; managers, admins, owner). */
    teamMetrics: (workspaceId: string, from: string, to: string) =>
      call<TeamMetricsWire>('GET', `/api/metrics/team?workspace=${encodeURIComponent(workspaceId)}&from=${from}&to=${to}`),
    /** A workspace's survey comments, newest first, older than the cursor `before` (null: the newest page; owner and admins). */
    surveyComments: (workspaceId: string, before: string | null, limit: number) =>
      call<SurveyCommentsWire>('GET', `/api/metrics/comments?workspace=${encodeURIComponent(workspaceId)}&limit=${limit}${before === null ? '' : `&before=${encodeURIComponent(before)}`}`),
    /** Whether this person answered or dismissed the satisfaction survey this China month, in any workspace on any device (the card asks only when neither; `dismissed` is absent from older relays). */
    satisfactionStatus: () => call<{ month: string; answered: boolean; dismissed?: boolean }>('GET', '/api/satisfaction'),
    /** This person's "Not now" for this China month, so no other device asks again this month. */
    dismissSatisfaction: () => call<{ month: string }>('POST', '/api/satisfaction/dismissal', {}),
    /** This person's 1–5 satisfaction answer for the month, counted in this workspace (409: already answered this month, here or in another workspace). */
    answerSatisfaction: (workspaceId: string, score: number, comment: string) =>
      call<{ month: string }>('POST', '/api/satisfaction', { workspaceId, score, comment }),
    createInvite: (workspaceId: string, role: Role, ttlHours: number, maxUses: number) =>
      call<{ token: string; expiresAt: number }>('POST', `/api/workspaces/${workspaceId}/invites`, { role, ttlHours, maxUses }),
    /** The workspace's IM robots (admins only; webhook tokens and secrets come back masked). */
    robots: (workspaceId: string) => call<{ robots: RobotWire[] }>('GET', `/api/workspaces/${workspaceId}/robots`),
    saveRobot: (workspaceId: string, robot: RobotInputWire) => call<{ robot: RobotWire }>('PUT', `/api/workspaces/${workspaceId}/robots`, robot),
    setRobotEnabled: (workspaceId: string, robotId: string, enabled: boolean) =>
      call<{ robot: RobotWire }>('PUT', `/api/workspaces/${workspaceId}/robots/${encodeURIComponent(robotId)}/enabled`, { enabled }),
    removeRobot: (workspaceId: string, robotId: string) => call<object>('DELETE', `/api/workspaces/${workspaceId}/robots/${encodeURIComponent(robotId)}`),
    testRobot: (workspaceId: string, robotId: string) =>
      call<{ delivered: boolean; attempts: number; message: string | null }>('POST', `/api/workspaces/${workspaceId}/robots/${encodeURIComponent(robotId)}/test`),
    robotDeliveries: (workspaceId: string, robotId: string) =>
      call<{ deliveries: RobotDeliveryWire[] }>('GET', `/api/workspaces/${workspaceId}/robots/${encodeURIComponent(robotId)}/deliveries`),
  };
}

export type AccessApi = ReturnType<typeof makeAccessApi>;
