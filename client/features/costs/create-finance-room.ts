// One setup for every finance screen (costs, funds, labour): the project's finance room held open,
// its records as a signal, whether this person may write to it (nobody may while the room was written
// by a newer app: this build could misread what it holds), and undo over this person's own finance edits. Must run inside a component, below the workspace scope.
import { createMemo, type Accessor } from 'solid-js';
import { roomAccess } from '../../../shared/domain/access';
import type { ProjectId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { financeRoom, type FinanceView } from '../../../shared/schema';
import { useRoom, useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import type { Room } from '../../sync/open-room';
import { createFinanceStore } from '../../sync/finance-store';
import { createUndo, type Undo } from '../../undo/create-undo';

export interface FinanceRoom {
  readonly room: Room;
  readonly finance: Accessor<FinanceView>;
  /** Signed out (a device-only workspace) counts as the owner of it. False for a room a newer app wrote. */
  readonly canEdit: Accessor<boolean>;
  /** The room says a newer app wrote it: this build may misread its records, so it only shows them. */
  readonly newerThanApp: Accessor<boolean>;
  readonly undo: Undo;
}

export function createFinanceRoom(projectId: ProjectId): FinanceRoom {
  const { language } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const room = useRoom(financeRoom(projectId));
  const finance = createFinanceStore(room.doc, () => (language() === 'en' ? 'en' : 'zh'));
  const newerThanApp = createMemo(() => room.migration() === 'newer-than-app');
  const canEdit = createMemo(() => {
    const role = workspace.role();
    return !newerThanApp() && (role === null || roomAccess(role, 'f') === 'write');
  });
  const undo = createUndo(room.doc, 'finance', session.origin);
  return { room, finance, canEdit, newerThanApp, undo };
}

/** Today on this device's calendar. */
export function todayIso(): IsoDay {
  const now = Date.now();
  return localIsoDay(now, new Date(now).getTimezoneOffset());
}
