// The workspace's working calendar: working weekdays, mainland China's official holidays and 调休
// make-up days on or off, and the team's own days off and extra working days. Saved with
// setCalendarSettings in the workspace room, so every project's schedule reflows, for everyone,
// live. Owners, admins and managers change it; everyone else sees it read-only.
import { For, Show, createSignal } from 'solid-js';
import { canEditCalendar } from '../../../shared/domain/calendar/calendar-access';
import { CHINA_HOLIDAY_YEARS } from '../../../shared/domain/calendar/china-holidays';
import { readCalendarSettings, setCalendarSettings } from '../../../shared/schema';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { Modal } from '../../ui/Modal';
import { formFromSettings, settingsFromForm, type CalendarFormProblem } from './calendar-form';

/** Monday first, as Chinese and most European calendars print the week. */
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export function CalendarDialog(props: { onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const editable = (): boolean => workspace.permissions().canEdit && canEditCalendar(workspace.role());
  const initial = formFromSettings(readCalendarSettings(workspace.room.doc));
  const [china, setChina] = createSignal(initial.china);
  const [weekdays, setWeekdays] = createSignal<ReadonlySet<number>>(initial.workingWeekdays);
  const [holidays, setHolidays] = createSignal(initial.extraHolidays);
  const [workdays, setWorkdays] = createSignal(initial.extraWorkdays);
  const [problem, setProblem] = createSignal<CalendarFormProblem | null>(null);
  const badList = (): 'holidays' | 'workdays' | null => {
    const found = problem();
    return found?.kind === 'bad-day' ? found.list : null;
  };
  const years = `${CHINA_HOLIDAY_YEARS[0]?.year ?? ''}–${CHINA_HOLIDAY_YEARS.at(-1)?.year ?? ''}`;

  const toggleWeekday = (day: number, on: boolean): void => {
    const next = new Set(weekdays());
    if (on) next.add(day);
    else next.delete(day);
    setWeekdays(next);
    setProblem(null);
  };
  const problemText = (found: CalendarFormProblem): string => {
    switch (found.kind) {
      case 'no-weekdays': return t('gantt.calendar.noWeekdays');
      case 'bad-day': return t(found.list === 'holidays' ? 'gantt.calendar.badHoliday' : 'gantt.calendar.badWorkday', { typed: found.typed });
      case 'both-lists': return t('gantt.calendar.bothLists', { day: found.day });
    }
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!editable()) return;
    const outcome = settingsFromForm({ china: china(), workingWeekdays: weekdays(), extraHolidays: holidays(), extraWorkdays: workdays() });
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return;
    }
    if (!session.report(setCalendarSettings(workspace.room.doc, outcome.settings, session.origin))) return;
    props.onSaved();
    props.onClose();
  };
  const edited = (set: (value: string) => void) => (event: { currentTarget: HTMLTextAreaElement }): void => {
    set(event.currentTarget.value);
    setProblem(null);
  };

  return (
    <Modal labelledBy="gantt-calendar-title" onClose={props.onClose} class="gantt-calendar-dialog">
      <form class="gantt-sheet__form" onSubmit={save} novalidate>
        <h2 id="gantt-calendar-title">{t('gantt.calendar.title')}</h2>
        <p class="gantt-sheet__facts">{t('gantt.calendar.explain')}</p>
        <Show when={!editable()}>
          <p class="banner" role="status">{t('gantt.calendar.readOnly')}</p>
        </Show>
        <fieldset class="fieldset" disabled={!editable()}>
          <legend>{t('gantt.calendar.weekdays')}</legend>
          <div class="gantt-calendar__weekdays">
            <For each={WEEKDAY_ORDER}>
              {(day) => (
                <label class="gantt-calendar__weekday">
                  <input type="checkbox" checked={weekdays().has(day)} onChange={(event) => toggleWeekday(day, event.currentTarget.checked)} />
                  {t(`gantt.calendar.weekday.${day}`)}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <label class="gantt-calendar__preset">
          <input type="checkbox" checked={china()} disabled={!editable()} onChange={(event) => setChina(event.currentTarget.checked)} />
          {t('gantt.calendar.china', { years })}
        </label>
        <label class="field">{t('gantt.calendar.holidays')}
          <textarea class="input textarea" rows={3} value={holidays()} disabled={!editable()} placeholder="2026-07-01"
            aria-invalid={badList() === 'holidays'} onInput={edited(setHolidays)} />
        </label>
        <label class="field">{t('gantt.calendar.workdays')}
          <textarea class="input textarea" rows={3} value={workdays()} disabled={!editable()} placeholder="2026-10-11"
            aria-invalid={badList() === 'workdays'} onInput={edited(setWorkdays)} />
        </label>
        <p class="gantt-sheet__facts">{t('gantt.calendar.listHelp')}</p>
        <Show when={problem()}>
          {(found) => <p class="gantt-link-row__error" role="alert">{problemText(found())}</p>}
        </Show>
        <div class="button-row button-row--end">
          <button type="button" class="button" onClick={() => props.onClose()}>{editable() ? t('gantt.cancel') : t('gantt.close')}</button>
          <Show when={editable()}>
            <button type="submit" class="button button--primary">{t('gantt.save')}</button>
          </Show>
        </div>
      </form>
    </Modal>
  );
}
