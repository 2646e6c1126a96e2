// The reminder time is the person's own setting, not an edit of the workspace: a time chosen (and an old
// device time moved to the member record) stays when the workspace's Undo runs, while a workspace edit of
// the same person is undone as usual. Real Yjs document and the schema's undo manager, as the workspace
// home uses it; only the browser's window event target stands in (no DOM in the unit runner).
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { makeCalendar } from '../../../shared/domain/calendar/working-calendar';
import { newId, type UserId, type WorkspaceId } from '../../../shared/ids';
import { makeUndoManager, readPersonReminder, readWorkspace, renameWorkspace, upsertMember } from '../../../shared/schema';
import { createReminderSetting } from './create-reminder-setting';

describe('the reminder time and the workspace Undo', () => {
  const userOrigin = { user: 'local' };
  const systemOrigin = { user: 'system' };
  let doc: Y.Doc;
  let userId: UserId;
  beforeEach(() => {
    vi.stubGlobal('window', new EventTarget());
    doc = new Y.Doc();
    userId = newId<'user'>() as UserId;
    upsertMember(doc, { id: userId, name: 'Ann Wang', color: '#336699', now: 1 }, systemOrigin);
    renameWorkspace(doc, 'Harbour depot', 1, systemOrigin);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    doc.destroy();
  });

  it('Undo after choosing a time leaves the time and undoes the workspace edit', () => {
    const undo = makeUndoManager(doc, 'workspace', userOrigin);
    createRoot((dispose) => {
      const { save } = createReminderSetting({
        workspaceId: newId<'workspace'>() as WorkspaceId, doc, userId: () => userId, writable: () => true, systemOrigin, calendar: () => makeCalendar(),
      });
      renameWorkspace(doc, 'Harbour depot, phase 2', 2, userOrigin);
      expect(save({ time: '07:15', lastShownDay: null })).toBe(true);
      expect(readPersonReminder(doc, userId)?.time).toBe('07:15');

      undo.undo();
      expect(readWorkspace(doc).name).toBe('Harbour depot');
      expect(readPersonReminder(doc, userId)?.time).toBe('07:15');
      // nothing of the reminder is left to undo either
      undo.undo();
      expect(readPersonReminder(doc, userId)?.time).toBe('07:15');
      dispose();
    });
  });
});
