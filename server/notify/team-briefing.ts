// The team briefing a robot sends: the workspace's calendar and projects from the `ws.` room, each
// open project's tasks and links from its `p.` room and its labour from its `f.` room, composed by
// shared/domain/briefing with the team's template from the `ws.` room and rendered to markdown.
//
// "Completed yesterday" needs the day a task was first done, which the document doesn't record; the
// relay approximates it with the task's last change (`updatedAt`) on yesterday in the team's zone.
import { briefingEn, briefingZh, composeBriefing, isTaskDone, renderBriefing, type BriefingProject, type TaskCompletion } from '../../shared/domain/briefing';
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import { addDays } from '../../shared/domain/calendar/day-number';
import { addWorkingDays, isWorkingDay, previousWorkingDay, type WorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import type { IsoDay } from '../../shared/iso-day';
import { localIsoDay } from '../../shared/iso-day';
import { readBriefingTemplate, readCalendarSettings, readProject, readWorkspace } from '../../shared/schema';
import { readFinance } from '../../shared/schema/finance-exports';
import { financeRoom, projectRoom, workspaceRoom } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import { withRoomDoc } from '../store/stored-room-doc';
import type { BriefingLanguage } from './robot-store';
import type { RobotMessage } from './robot-types';

export interface TeamDay {
  readonly calendar: WorkingCalendar;
  readonly today: IsoDay;
  readonly working: boolean;
}

/** The workspace calendar (China preset, Monday–Friday, when the room has none yet) and today's place in it. */
export async function teamDay(store: DocStore, workspaceId: string, now: number, offsetMinutes: number): Promise<TeamDay> {
  const calendar = await withRoomDoc(store, workspaceRoom(workspaceId), (doc) => buildWorkingCalendar(readCalendarSettings(doc)));
  const today = localIsoDay(now, offsetMinutes);
  return { calendar, today, working: isWorkingDay(calendar, today) };
}

export async function composeTeamBriefing(store: DocStore, workspaceId: string, day: TeamDay, offsetMinutes: number, language: BriefingLanguage): Promise<RobotMessage> {
  const { calendar, today } = day;
  const yesterday = previousWorkingDay(calendar, addDays(today, -1));
  const { workspace, template } = await withRoomDoc(store, workspaceRoom(workspaceId), (doc) => ({ workspace: readWorkspace(doc), template: readBriefingTemplate(doc) }));
  const projects: BriefingProject[] = [];
  const completions: TaskCompletion[] = [];
  for (const summary of workspace.projects.filter((project) => !project.archived)) {
    const view = await withRoomDoc(store, projectRoom(summary.id), readProject);
    const labour = await withRoomDoc(store, financeRoom(summary.id), (doc) => readFinance(doc).labourRecords);
    const scheduled = new Map(view.tasks.filter((task) => task.start !== null).map((task) => {
      const start = task.start ?? today;
      return [task.id, { start, finish: addWorkingDays(calendar, start, Math.max(0, task.duration - 1)) }] as const;
    }));
    for (const task of view.tasks) {
      if (isTaskDone(view.columns, task)) completions.push({ taskId: task.id, day: localIsoDay(task.updatedAt, offsetMinutes) });
    }
    projects.push({ id: summary.id, name: summary.name, columns: view.columns, tasks: view.tasks, links: view.links, scheduled, labour });
  }
  const briefing = composeBriefing({ scope: { kind: 'team' }, today, yesterday, projects, completions, template });
  const words = language === 'en' ? briefingEn : briefingZh;
  const markdown = renderBriefing(briefing, { format: 'markdown', words });
  return { title: `${workspace.name || 'SiteBeam'} · ${words.title.replace('{today}', today)}`, markdown };
}
