// Runs the person's daily reminder for the open workspace on this device on every screen of it (mounted once inside
// WorkspaceScope); renders nothing. Re-plans when the setting or the workspace calendar changes and
// when the page comes back into view (timers of a hidden or sleeping page may not have fired).
import { createEffect, onCleanup, untrack } from 'solid-js';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { createWorkspaceCalendar } from '../gantt/create-workspace-calendar';
import { offsetAt } from '../today/today-clock';
import { useSession } from '../../app/session';
import { createReminderSetting } from './create-reminder-setting';
import { showThroughServiceWorker } from './notification-access';
import { composeReminderNotification } from './reminder-notification';
import { makeReminderScheduler } from './reminder-scheduler';

export function ReminderScheduler() {
  const { t, formatDay } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const calendar = createWorkspaceCalendar(workspace.room.doc);
  const { setting, save } = createReminderSetting({
    workspaceId: workspace.workspaceId, doc: workspace.room.doc, userId: () => session.identity().id,
    writable: () => !workspace.permissions().isReadOnly, systemOrigin: session.systemOrigin, calendar,
  });
  const scheduler = makeReminderScheduler({
    now: () => Date.now(),
    offsetAt,
    calendar: () => untrack(calendar),
    load: () => untrack(setting),
    save: (next) => void save(next),
    show: (day) => {
      const { title, options } = composeReminderNotification({
        workspaceId: workspace.workspaceId,
        workspaceName: untrack(() => workspace.records.name),
        dayLabel: untrack(() => formatDay(day)),
        iconUrl: new URL('icons/icon-192.png', document.baseURI).href,
        t: (key, params) => untrack(() => t(key, params)),
      });
      return showThroughServiceWorker(title, options);
    },
    onShowFailed: (error) => console.warn('the daily reminder could not be shown', error),
  });
  createEffect(() => {
    setting();
    calendar();
    scheduler.replan();
  });
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') scheduler.replan();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', scheduler.replan);
  onCleanup(() => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', scheduler.replan);
    scheduler.dispose();
  });
  return null;
}
