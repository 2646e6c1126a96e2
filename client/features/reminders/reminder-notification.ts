// What the daily reminder notification says and where it leads: one notification per workspace (its
// tag, so a second tab or a late catch-up replaces rather than stacks), opening that workspace's Today.
import type { WorkspaceId } from '../../../shared/ids';
import { formatRoute } from '../../app/routes';
import type { MessageParams } from '../../i18n/language';
import type { MessageKey } from '../../i18n/messages-en';

export interface ReminderNotification {
  readonly title: string;
  readonly options: {
    readonly body: string;
    readonly tag: string;
    readonly icon?: string;
    /** Read by public/sw-notifications.js on click: a hash route relative to the worker's scope. */
    readonly data: { readonly url: string };
  };
}

export interface ReminderNotificationInput {
  readonly workspaceId: WorkspaceId;
  readonly workspaceName: string;
  /** The day, already formatted for the reader's language. */
  readonly dayLabel: string;
  readonly iconUrl?: string;
  readonly t: (key: MessageKey, params?: MessageParams) => string;
}

/** Workspace names are free text; a notification title has no room for a paragraph. */
const MAX_NAME_IN_TITLE = 40;

export function reminderTag(workspaceId: WorkspaceId): string {
  return `sitebeam-reminder-${workspaceId}`;
}

export function todayUrl(workspaceId: WorkspaceId): string {
  return formatRoute({ kind: 'today', workspaceId });
}

export function composeReminderNotification(input: ReminderNotificationInput): ReminderNotification {
  const name = input.workspaceName.trim();
  const shortName = name.length > MAX_NAME_IN_TITLE ? `${name.slice(0, MAX_NAME_IN_TITLE - 1)}…` : name;
  const title = shortName === '' ? input.t('reminders.notification.titlePlain') : input.t('reminders.notification.title', { workspace: shortName });
  return {
    title,
    options: {
      body: input.t('reminders.notification.body', { day: input.dayLabel }),
      tag: reminderTag(input.workspaceId),
      ...(input.iconUrl === undefined ? {} : { icon: input.iconUrl }),
      data: { url: todayUrl(input.workspaceId) },
    },
  };
}
