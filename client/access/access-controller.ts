// The person's session with the relay: held in a signal and in localStorage, refreshed when the app
// starts, handed to every room as its token, and ended on this device when the relay says it is
// gone. Room events (close codes, refusals) are turned into decisions here, in one place.
import { createSignal, type Accessor } from 'solid-js';
import type { Role } from '../../shared/domain/access';
import { roomKind } from '../../shared/schema/room-name';
import type { MessageKey } from '../i18n/messages-en';
import type { Room, RoomEvent } from '../sync/open-room';
import { makeAccessApi, type AccessApi, type ApiResult, type Me, type SessionGrant } from './access-api';
import { decideAfterFailures, isSessionEndedError, type SessionCheck } from './connection-decisions';
import { clearSession, loadSession, roleIn, saveSession, sessionFromGrant, withMe, type StoredSession } from './stored-session';

export interface AccessController {
  readonly api: AccessApi;
  readonly session: Accessor<StoredSession | null>;
  /** Set when the relay ended the session (expired, revoked): shown until the person signs in again. */
  readonly sessionEnded: Accessor<boolean>;
  /** This person's role in a workspace as last known; null when signed out or not a member. */
  roleIn(workspaceId: string): Role | null;
  /** Starts using a session the relay just granted (claim, join, sign-in). */
  /**
   * Keeps the grant as this device's session. `beforeRooms` runs once the session is stored (its
   * token is the API's) and before the rooms get the token and connect.
   */
  adopt(grant: SessionGrant, beforeRooms?: () => Promise<void>): Promise<boolean>;
  signOut(): void;
  refreshMe(): Promise<void>;
  /** Refreshes the token and roles when the app starts online. */
  start(): void;
  registerWorkspace(workspaceId: string): Promise<ApiResult<object>>;
  /** Registers a project once per session, so its rooms follow the workspace's roles; idempotent on the relay. */
  registerProject(workspaceId: string, projectId: string): void;
  handleRoomEvent(room: Room, event: RoomEvent): void;
}

export interface AccessControllerOptions {
  /** Where the relay's API lives: the page's own origin in the app, '' for relative URLs. */
  readonly baseUrl: string;
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  readonly setToken: (token: string | null) => void;
  /** The relay's answer decides who this person is: the id and name in documents follow it. */
  readonly onUser: (user: { readonly id: string; readonly name: string }) => void;
  readonly notify: (key: MessageKey, tone: 'info' | 'error') => void;
  readonly now: () => number;
}

export function makeAccessController(options: AccessControllerOptions): AccessController {
  const [session, setSession] = createSignal<StoredSession | null>(safely(() => options.storage && loadSession(options.storage, options.now())) ?? null);
  const api = makeAccessApi(options.baseUrl, () => session()?.token ?? null);
  const [sessionEnded, setSessionEnded] = createSignal(false);
  const registered = new Set<string>();
  const workspaceOfProject = new Map<string, string>();
  let meInFlight: Promise<ApiResult<Me>> | null = null;

  const store = (next: StoredSession | null): void => {
    setSession(next);
    safely(() => {
      if (options.storage === null) return;
      if (next === null) clearSession(options.storage);
      else saveSession(options.storage, next);
    });
  };

  const endSession = (byRelay: boolean): void => {
    if (session() === null) return;
    store(null);
    registered.clear();
    options.setToken(null);
    if (byRelay) {
      setSessionEnded(true);
      options.notify('access.sessionEnded', 'error');
    }
  };

  /** One `/api/me` at a time: several rooms failing together ask once. */
  const fetchMe = (): Promise<ApiResult<Me>> => {
    meInFlight ??= api.me().finally(() => (meInFlight = null));
    return meInFlight;
  };

  const refreshMe = async (): Promise<ApiResult<Me> | null> => {
    if (session() === null) return null;
    const result = await fetchMe();
    const current = session();
    if (current === null) return result;
    if (result.ok) {
      store(withMe(current, result.value));
      options.onUser(result.value.user);
    } else if (isSessionEndedError(result.status)) {
      endSession(true);
    }
    return result;
  };

  const workspaceOfRoom = (room: Room): string | null => {
    const id = room.name.slice(room.name.indexOf('.') + 1);
    return roomKind(room.name) === 'ws' ? id : workspaceOfProject.get(id) ?? null;
  };

  const onFailing = async (room: Room): Promise<void> => {
    const result = await refreshMe();
    if (result === null || room.link() !== 'active') return;
    const workspaceId = workspaceOfRoom(room);
    // A project whose workspace this device hasn't seen yet can't be judged: keep retrying.
    if (workspaceId === null) return;
    const check: SessionCheck = result.ok
      ? { kind: 'signed-in', role: roleIn(session(), workspaceId) }
      : isSessionEndedError(result.status) ? { kind: 'session-ended' } : { kind: 'unreachable' };
    switch (decideAfterFailures(check, roomKind(room.name))) {
      case 'sign-out': return endSession(true);
      case 'lose-access':
        room.loseAccess();
        return options.notify('access.lostAccess', 'error');
      case 'register-project': {
        const projectId = room.name.slice(room.name.indexOf('.') + 1);
        registered.delete(`${workspaceId}/${projectId}`);
        return controller.registerProject(workspaceId, projectId);
      }
      case 'keep-trying': return;
    }
  };

  const controller: AccessController = {
    api,
    session,
    sessionEnded,
    roleIn: (workspaceId) => roleIn(session(), workspaceId),
    async adopt(grant, beforeRooms) {
      const next = sessionFromGrant(grant);
      if (next === null) return false;
      registered.clear();
      setSessionEnded(false);
      store(next);
      options.onUser(grant.user);
      await refreshMe();
      await beforeRooms?.();
      options.setToken(next.token);
      return true;
    },
    signOut: () => endSession(false),
    refreshMe: async () => {
      await refreshMe();
    },
    start() {
      const current = session();
      if (current === null || !navigator.onLine) return;
      void api.refresh().then((result) => {
        if (result.ok) {
          const renewed = sessionFromGrant(result.value, session()?.workspaces ?? current.workspaces);
          if (renewed === null) return;
          store(renewed);
          options.setToken(renewed.token);
          void refreshMe();
        } else if (isSessionEndedError(result.status)) {
          endSession(true);
        }
      });
    },
    async registerWorkspace(workspaceId) {
      const result = await api.registerWorkspace(workspaceId);
      if (result.ok) await refreshMe();
      return result;
    },
    registerProject(workspaceId, projectId) {
      workspaceOfProject.set(projectId, workspaceId);
      const key = `${workspaceId}/${projectId}`;
      if (session() === null || registered.has(key)) return;
      registered.add(key);
      void api.registerProject(workspaceId, projectId).then((result) => {
        // Only a network failure is worth another try later; a refusal won't change by retrying.
        if (!result.ok && result.error === 'network') registered.delete(key);
      });
    },
    handleRoomEvent(room, event) {
      switch (event) {
        case 'session-ended': return endSession(true);
        case 'access-lost':
          options.notify('access.lostAccess', 'error');
          void refreshMe();
          return;
        case 'server-storage-unavailable':
          // the relay resends nothing by itself: it asks this client to reconnect once it can store again
          options.notify('sync.serverStorageUnavailable', 'error');
          return;
        case 'access-changed':
        case 'permission-denied':
          void refreshMe();
          return;
        case 'failing':
          void onFailing(room);
          return;
      }
    },
  };
  return controller;
}

/** Storage can throw (private mode, quota): the session then lasts for this visit only. */
function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
