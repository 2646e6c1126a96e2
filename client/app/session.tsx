// What every screen of a running app shares: who this person is, their session with the relay, the
// origin object that marks their own edits (for undo), the open rooms and the notice list. Provided
// once under the identity gate.
import { createContext, onCleanup, useContext, type Accessor, type ParentProps } from 'solid-js';
import type { RoomName } from '../../shared/schema';
import type { Result } from '../../shared/result';
import { useI18n } from '../i18n/I18nProvider';
import { makeAccessController, type AccessController } from '../access/access-controller';
import { isId } from '../../shared/ids';
import type { Identity } from '../identity/local-identity';
import { syncUrlFor, type Room } from '../sync/open-room';
import { makeRoomRegistry, type RoomRegistry } from '../sync/room-registry';
import { makeUnsavedGuard, requestPersistentStorage } from '../sync/unsaved-guard';
import { makeNotices, type Notices } from '../ui/notices';
import { failureKey } from './failure-message';
import { makeErrorReporter } from './error-reporter';

export interface Session {
  readonly identity: Accessor<Identity>;
  /** Every transaction this person makes carries this origin, so undo tracks only their own edits. */
  readonly origin: object;
  /** Housekeeping the person didn't do by hand (joining, migrations, a new board's columns): not undoable. */
  readonly systemOrigin: object;
  readonly rooms: RoomRegistry;
  readonly access: AccessController;
  readonly notices: Notices;
  /** Shows a failed command's reason in the user's language; true when the command succeeded. */
  report(result: Result<unknown>): boolean;
}

const SessionContext = createContext<Session>();

export function SessionProvider(props: ParentProps<{ identity: Accessor<Identity>; onIdentity: (identity: Identity) => void }>) {
  const { t } = useI18n();
  const origin = { user: 'local' } as const;
  const systemOrigin = { user: 'system' } as const;
  const notices = makeNotices();
  const access: AccessController = makeAccessController({
    baseUrl: '',
    storage: globalThis.localStorage ?? null,
    setToken: (token) => rooms.setToken(token),
    onUser(user) {
      const current = props.identity();
      if (isId<'user'>(user.id) && (user.id !== current.id || user.name !== current.name)) props.onIdentity({ ...current, id: user.id, name: user.name });
    },
    notify: (key, tone) => notices.show(t(key), tone),
    now: () => Date.now(),
  });
  const errors = makeErrorReporter({ token: () => access.session()?.token ?? null, now: () => Date.now() });
  const rooms = makeRoomRegistry({
    origin: systemOrigin,
    syncUrl: syncUrlFor(location),
    token: access.session()?.token ?? null,
    onEvent: (room, event) => {
      // Only the room's kind (ws/p/f) and the event: never its name or content.
      if (event === 'failing' || event === 'server-storage-unavailable') errors.report('sync-failed', `${room.name.split('.', 1)[0]}: ${event}`);
      access.handleRoomEvent(room, event);
    },
  });
  access.start();
  const stopGuard = makeUnsavedGuard(rooms);
  requestPersistentStorage();
  onCleanup(() => {
    stopGuard();
    errors.dispose();
    rooms.destroy();
  });
  const session: Session = {
    identity: props.identity,
    origin,
    systemOrigin,
    rooms,
    access,
    notices,
    report(result) {
      if (!result.ok) notices.show(t(failureKey(result.reason)), 'error');
      return result.ok;
    },
  };
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** Holds a room open for as long as the calling component lives. */
export function useRoom(name: RoomName): Room {
  const { rooms } = useSession();
  const room = rooms.acquire(name);
  onCleanup(() => rooms.release(name));
  return room;
}
