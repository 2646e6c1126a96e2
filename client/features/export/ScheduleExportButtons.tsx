// The schedule's export (.xlsx, .csv) for a page that knows only its project: the project's name and
// the members' names come from the workspace, the tasks from the project's document at the click.
import type * as Y from 'yjs';
import type { ProjectId } from '../../../shared/ids';
import { useWorkspace } from '../../app/WorkspaceScope';
import { ExportButtons } from './ExportButtons';

export function ScheduleExportButtons(props: { projectId: ProjectId; projectDoc: Y.Doc }) {
  const workspace = useWorkspace();
  return (
    <ExportButtons
      projectDoc={props.projectDoc}
      workspaceDoc={workspace.room.doc}
      projectName={workspace.records.projects[props.projectId]?.name ?? ''}
      memberNames={() => new Map(Object.values(workspace.records.members).map((member) => [member.id, member.name]))}
    />
  );
}
