// What every screen of a running app shares: who this person is, the origin object that marks their
// own edits (for undo), the open rooms and the notice list. Provided once under the identity gate.
import { createContext, onCleanup, useContext, type Accessor, type ParentProps } from 'solid-js';
import type { RoomName } from '../../shared/schema';
import type { Result } from '../../shared/result';
import { useI18n } from '../i18n/I18nProvider';
import type { Identity } from '../identity/local-identity';
import { syncUrlFor, type Room } from '../sync/open-room';
import { makeRoomRegistry, type RoomRegistry } from '../sync/room-registry';
import { makeUnsavedGuard, requestPersistentStorage } from '../sync/unsaved-guard';
import { makeNotices, type Notices } from '../ui/notices';
import { failureKey } from './failure-message';

export interface Session {
  readonly identity: Accessor<Identity>;
  /** Every transaction this person makes carries this origin, so undo tracks only their own edits. */
  readonly origin: object;
  /** Housekeeping the person didn't do by hand (joining, migrations, a new board's columns): not undoable. */
  readonly systemOrigin: object;
  readonly rooms: RoomRegistry;
  readonly notices: Notices;
  /** Shows a failed command's reason in the user's language; true when the command succeeded. */
  report(result: Result<unknown>): boolean;
}

const SessionContext = createContext<Session>();

export function SessionProvider(props: ParentProps<{ identity: Accessor<Identity> }>) {
  const { t } = useI18n();
  const origin = { user: 'local' } as const;
  const systemOrigin = { user: 'system' } as const;
  const rooms = makeRoomRegistry({ origin: systemOrigin, syncUrl: syncUrlFor(location) });
  const notices = makeNotices();
  const stopGuard = makeUnsavedGuard(rooms);
  requestPersistentStorage();
  onCleanup(() => {
    stopGuard();
    rooms.destroy();
  });
  const session: Session = {
    identity: props.identity,
    origin,
    systemOrigin,
    rooms,
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
