// The daily reminder setting on the Today view: a time or off, the person's own for this workspace
// (synced to their other devices; a viewer's stays on this device).
// Permission is asked only when the person presses Turn on; blocked and unsupported are explained.
import { Show, createMemo, createSignal, type Accessor } from 'solid-js';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages-en';
import { offsetAt } from '../today/today-clock';
import { createReminderSetting } from './create-reminder-setting';
import { readNotificationAccess, requestNotificationAccess } from './notification-access';
import { nextReminder, settingForTime } from './reminder-card-model';
import { REMINDER_OFF } from './reminder-setting';

const DEFAULT_TIME = '08:30';

export function ReminderCard(props: { now: Accessor<number>; calendar: Accessor<WorkingCalendar> }) {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const { setting, save } = createReminderSetting({
    workspaceId: workspace.workspaceId, doc: workspace.room.doc, userId: () => session.identity().id,
    writable: () => !workspace.permissions().isReadOnly, systemOrigin: session.systemOrigin, calendar: props.calendar,
  });
  const [time, setTime] = createSignal(setting().time ?? DEFAULT_TIME);
  const [problem, setProblem] = createSignal<MessageKey | null>(null);
  const [asked, setAsked] = createSignal(0);
  // Re-read with the page clock's tick and after asking: permission can change in the site settings.
  const access = createMemo(() => (props.now(), asked(), readNotificationAccess()));
  const isOn = (): boolean => setting().time !== null;
  const synced = (): boolean => !workspace.permissions().isReadOnly;
  const clock = () => ({ nowMs: props.now(), offsetMinutes: offsetAt(props.now()), calendar: props.calendar() });
  const next = createMemo(() => nextReminder(setting(), clock()));
  const nextText = (): string | null => {
    const found = next();
    if (found === null) return null;
    if (found.kind === 'now') return t('reminders.next.now');
    if (found.kind === 'none') return t('reminders.next.none');
    return t('reminders.next', { when: formatDateTime(found.atMs) });
  };

  const turnOn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    setProblem(null);
    // Asked first, while the click still counts as the person's gesture.
    const granted = await requestNotificationAccess();
    setAsked((n) => n + 1);
    if (granted !== 'granted') {
      setProblem(granted === 'unsupported' ? 'reminders.unsupported' : granted === 'denied' ? 'reminders.denied' : 'reminders.notAllowedYet');
      return;
    }
    const result = settingForTime(time(), setting(), clock());
    if (!result.ok) return void setProblem('reminders.error.time');
    if (!save(result.setting)) setProblem('reminders.error.storage');
  };
  const turnOff = (): void => {
    setProblem(null);
    save({ ...REMINDER_OFF, lastShownDay: setting().lastShownDay });
  };

  return (
    <section class="panel stack" aria-labelledby="reminder-title" data-testid="reminder-card">
      <h2 id="reminder-title">{t('reminders.title')}</h2>
      <p class="muted">{t('reminders.intro')}</p>
      <Show when={!synced()}><p class="muted">{t('reminders.deviceOnly')}</p></Show>
      <Show when={access() !== 'unsupported'} fallback={<p role="alert">{t('reminders.unsupported')}</p>}>
        <form class="inline-form" onSubmit={(event) => void turnOn(event)}>
          <label class="field">
            <span>{t('reminders.time')}</span>
            <input class="input" type="time" name="reminder-time" required value={time()} onInput={(e) => setTime(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button button--primary">{isOn() ? t('reminders.save') : t('reminders.turnOn')}</button>
          <Show when={isOn()}>
            <button type="button" class="button" onClick={turnOff}>{t('reminders.turnOff')}</button>
          </Show>
        </form>
        <p role="status" data-testid="reminder-status">
          {synced()
            ? (isOn() ? t('reminders.status.onSynced', { time: setting().time ?? '' }) : t('reminders.status.offSynced'))
            : (isOn() ? t('reminders.status.on', { time: setting().time ?? '' }) : t('reminders.status.off'))}
          <Show when={nextText()}>{(text) => <> {text()}</>}</Show>
        </p>
        <Show when={problem()}>{(key) => <p role="alert" class="form-error">{t(key())}</p>}</Show>
        <Show when={problem() === null && isOn() && access() !== 'granted'}>
          <p role="alert" class="form-error">{t(access() === 'denied' ? 'reminders.denied' : 'reminders.notAllowedYet')}</p>
        </Show>
      </Show>
      <p class="muted">{t('reminders.limit')}</p>
    </section>
  );
}
