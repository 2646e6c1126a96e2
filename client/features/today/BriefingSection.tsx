// My daily briefing (每日简报) on screen: composed by shared/domain/briefing for this person with the
// team's template, shown as its plain-text rendering in a collapsible section, with "Copy as text" for
// pasting into a chat, and the template editor below it.
import { createMemo, type Accessor } from 'solid-js';
import { briefingEn, briefingZh, composeBriefing, isTaskDone, renderBriefing, type TaskCompletion } from '../../../shared/domain/briefing';
import { addDays } from '../../../shared/domain/calendar/day-number';
import { previousWorkingDay, type WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { UserId } from '../../../shared/ids';
import { localIsoDay, type IsoDay } from '../../../shared/iso-day';
import { useSession } from '../../app/session';
import { useWorkspace } from '../../app/WorkspaceScope';
import { useI18n } from '../../i18n/I18nProvider';
import { BriefingTemplateEditor } from './BriefingTemplateEditor';
import { createBriefingTemplate } from './create-briefing-template';
import type { TodayProject } from './today-model';

export function BriefingSection(props: { userId: UserId; today: Accessor<IsoDay>; offsetMinutes: number; calendar: Accessor<WorkingCalendar>; projects: readonly TodayProject[] }) {
  const { t, language } = useI18n();
  const session = useSession();
  const workspace = useWorkspace();
  const template = createBriefingTemplate(workspace.room.doc);
  const text = createMemo(() => {
    const today = props.today();
    // As the relay's team briefing: a done task's last change stands in for its completion day.
    const completions: TaskCompletion[] = props.projects.flatMap((project) =>
      project.tasks.filter((task) => isTaskDone(project.columns, task)).map((task) => ({ taskId: task.id, day: localIsoDay(task.updatedAt, props.offsetMinutes) })),
    );
    const briefing = composeBriefing({
      scope: { kind: 'person', userId: props.userId }, today, yesterday: previousWorkingDay(props.calendar(), addDays(today, -1)),
      projects: props.projects, completions, template: template(),
    });
    return renderBriefing(briefing, { format: 'text', words: language() === 'en' ? briefingEn : briefingZh, personName: session.identity().name });
  });
  const copy = (): void => {
    navigator.clipboard.writeText(text()).then(
      () => session.notices.show(t('today.briefing.copied')),
      () => session.notices.show(t('today.briefing.copyFailed'), 'error'),
    );
  };
  return (
    <details class="panel" data-testid="briefing">
      <summary><h2 class="inline-heading">{t('today.briefing.title')}</h2></summary>
      <pre class="briefing-text" style={{ 'white-space': 'pre-wrap', 'overflow-wrap': 'anywhere' }}>{text()}</pre>
      <button type="button" class="button" onClick={copy}>{t('today.briefing.copy')}</button>
      <BriefingTemplateEditor template={template} />
    </details>
  );
}
