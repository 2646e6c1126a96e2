// What a relay alert check reads from the documents, kept apart from what it then does with it
// (relay-alerts.ts diffs it with alert_state and sends): for one settled room, per workspace whose
// robots asked for its alert, the project's name and the alert items for each "today" (p. rooms:
// critical tasks running late) or each language (f. rooms: categories over budget) those robots need.
// Plain data in and out, so it runs in the snapshot worker (server/metrics/snapshot-worker.ts), where
// rebuilding a big room never blocks the relay's thread, or on the relay's thread when there is none.
import { buildWorkingCalendar } from '../../shared/domain/calendar/build-working-calendar';
import type { IsoDay } from '../../shared/iso-day';
import { readCalendarSettings, readProject, readWorkspace } from '../../shared/schema';
import { readFinance } from '../../shared/schema/finance-exports';
import { workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import type { DocStore } from '../store/doc-store';
import { readRoomDoc } from '../metrics/room-doc-cache';
import { budgetOverrunItems, lateCriticalItems, type AlertItem } from './alert-items';
import type { BriefingLanguage } from './robot-store';

export type AlertCandidatesRequest =
  | { readonly kind: 'late-critical'; readonly room: RoomName; readonly workspaces: readonly { readonly workspaceId: string; readonly todays: readonly IsoDay[] }[] }
  | { readonly kind: 'budget-overrun'; readonly room: RoomName; readonly workspaces: readonly { readonly workspaceId: string; readonly languages: readonly BriefingLanguage[] }[] };

export interface WorkspaceAlertCandidates {
  readonly workspaceId: string;
  readonly projectName: string;
  /** Keyed by the today (late-critical) or the language (budget-overrun) asked for. */
  readonly items: Readonly<Record<string, readonly AlertItem[]>>;
}

/** One entry per workspace asked about whose workspace lists the project, not archived; nobody else wants to hear about it. */
export type AlertCandidates = readonly WorkspaceAlertCandidates[];

export async function readAlertCandidates(docs: Pick<DocStore, 'load'>, request: AlertCandidatesRequest): Promise<AlertCandidates> {
  const projectId = request.room.slice(2);
  const found: { readonly workspaceId: string; readonly projectName: string; readonly calendar: ReturnType<typeof buildWorkingCalendar> }[] = [];
  for (const { workspaceId } of request.workspaces) {
    const seen = await readRoomDoc(docs, workspaceRoom(workspaceId), (doc) => ({
      project: readWorkspace(doc).projects.find((summary) => summary.id === projectId),
      calendar: buildWorkingCalendar(readCalendarSettings(doc)),
    }));
    if (seen.project !== undefined && !seen.project.archived) found.push({ workspaceId, projectName: seen.project.name, calendar: seen.calendar });
  }
  // the room itself is the big one: rebuilt only if someone wants to hear about it, and only once
  if (found.length === 0) return [];
  if (request.kind === 'late-critical') {
    const view = await readRoomDoc(docs, request.room, readProject);
    return found.map(({ workspaceId, projectName, calendar }) => {
      const todays = request.workspaces.find((entry) => entry.workspaceId === workspaceId)?.todays ?? [];
      return { workspaceId, projectName, items: Object.fromEntries(todays.map((today) => [today, lateCriticalItems(view, calendar, today)])) };
    });
  }
  const languages = new Set(request.workspaces.flatMap((entry) => entry.languages));
  const byLanguage = await readRoomDoc(docs, request.room, (doc) =>
    Object.fromEntries([...languages].map((language) => [language, budgetOverrunItems(readFinance(doc, language === 'en' ? 'en' : 'zh'))])));
  return found.map(({ workspaceId, projectName }) => ({ workspaceId, projectName, items: byLanguage }));
}
