// The project's tasks as a finance sheet can name them: WBS code (derived from the outline, as the
// Gantt shows it) and title.
import type { TaskRef } from '../../../shared/domain/import/task-ref';
import { wbsCodes } from '../../../shared/domain/schedule/wbs-codes';
import type { Task } from '../../../shared/schema/project-types';

export function taskRefs(tasks: readonly Task[]): TaskRef[] {
  const codes = wbsCodes(tasks);
  return tasks.map((task) => ({ id: task.id, wbs: codes.get(task.id) ?? '', name: task.title }));
}
