// Opens one project room for the Today view while it is shown and hands its tasks, columns, links
// and scheduled dates up on every change; renders nothing. Dates only for tasks with an explicit
// start, as the relay's team briefing does.
import { createEffect, onCleanup, type Accessor } from 'solid-js';
import type * as Y from 'yjs';
import { addWorkingDays, type WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { ProjectId } from '../../../shared/ids';
import { readProject } from '../../../shared/schema';
import { projectRoom } from '../../../shared/schema/room-name';
import { useRoom } from '../../app/session';
import { createTransactionCount } from '../gantt/create-transaction-count';
import type { TodayProject } from './today-model';

export interface OpenProject {
  readonly project: TodayProject;
  readonly doc: Y.Doc;
}

export function ProjectSource(props: { id: ProjectId; name: string; calendar: Accessor<WorkingCalendar>; onChange: (id: ProjectId, open: OpenProject | null) => void }) {
  const room = useRoom(projectRoom(props.id));
  const changes = createTransactionCount(room.doc);
  createEffect(() => {
    changes();
    const view = readProject(room.doc);
    const calendar = props.calendar();
    const scheduled = new Map(view.tasks.flatMap((task) => (task.start === null ? [] : [[task.id, { start: task.start, finish: addWorkingDays(calendar, task.start, Math.max(0, task.duration - 1)) }] as const])));
    props.onChange(props.id, { doc: room.doc, project: { id: props.id, name: props.name, columns: view.columns, tasks: view.tasks, links: view.links, scheduled } });
  });
  onCleanup(() => props.onChange(props.id, null));
  return null;
}
