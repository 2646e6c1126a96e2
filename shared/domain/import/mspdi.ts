// MS Project XML (MSPDI, also written by ProjectLibre and GanttProject) read into the same sheet shape
// a spreadsheet gives, with MS Project's own English headers, so one row parser serves both. Task UID 0
// (the project summary) and empty tasks are left out; predecessors are written by the tasks' IDs in the
// "3FS+2" form. MSPDI's link types: 0 = FF, 1 = FS, 2 = SF, 3 = SS; LinkLag is in tenths of a minute,
// converted at 8 hours a working day (24 for the elapsed lag formats).
import { fail, ok, type Result } from '../../result';
import type { LinkType } from '../schedule/schedule-types';
import { formatPredecessor } from './parse-predecessors';
import type { CellValue, Sheet } from './sheet-types';
import { childrenNamed, childText, readXml, type XmlElement, type XmlFailure } from './xml-reader';

export const MSPDI_HEADER = ['ID', 'WBS', 'Task Name', 'Outline Level', 'Start', 'Duration', 'Predecessors', 'Resource Names', '% Complete', 'Notes'] as const;

export type MspdiFailure = XmlFailure | 'not-ms-project';

const LINK_TYPES: Readonly<Record<string, LinkType>> = { '0': 'FF', '1': 'FS', '2': 'SF', '3': 'SS' };
const ELAPSED_LAG_FORMATS = new Set(['4', '6', '8', '10', '12']);
const TENTHS_OF_MINUTE_PER_HOUR = 600;

export function readMspdi(source: string): Result<Sheet, MspdiFailure> {
  const parsedXml = readXml(source);
  if (!parsedXml.ok) return parsedXml;
  const project = parsedXml.value;
  if (project.name !== 'Project') return fail('not-ms-project');
  const tasks = childrenNamed(project, 'Tasks').flatMap((list) => childrenNamed(list, 'Task'))
    .filter((task) => childText(task, 'UID') !== '0' && childText(task, 'IsNull') !== '1' && (childText(task, 'Name') ?? '') !== '');
  const idOfUid = new Map(tasks.map((task) => [childText(task, 'UID') ?? '', childText(task, 'ID') ?? '']));
  const resourceNames = new Map(childrenNamed(project, 'Resources').flatMap((list) => childrenNamed(list, 'Resource'))
    .map((resource) => [childText(resource, 'UID') ?? '', childText(resource, 'Name') ?? '']));
  const namesOfTask = new Map<string, string[]>();
  for (const assignment of childrenNamed(project, 'Assignments').flatMap((list) => childrenNamed(list, 'Assignment'))) {
    const name = resourceNames.get(childText(assignment, 'ResourceUID') ?? '');
    const taskUid = childText(assignment, 'TaskUID') ?? '';
    if (name) namesOfTask.set(taskUid, [...(namesOfTask.get(taskUid) ?? []), name]);
  }
  const rows = tasks.map((task): CellValue[] => {
    const uid = childText(task, 'UID') ?? '';
    const milestone = childText(task, 'Milestone') === '1';
    return [
      childText(task, 'ID'), childText(task, 'WBS'), childText(task, 'Name'), childText(task, 'OutlineLevel'),
      (childText(task, 'Start') ?? '').slice(0, 10) || null,
      milestone ? '0d' : durationCell(childText(task, 'Duration')),
      predecessorCell(task, idOfUid),
      (namesOfTask.get(uid) ?? []).join(', ') || null,
      childText(task, 'PercentComplete') === null ? null : `${childText(task, 'PercentComplete')}%`,
      childText(task, 'Notes'),
    ];
  });
  return ok([[...MSPDI_HEADER], ...rows]);
}

/** PT40H0M0S → "5d" (8-hour days); PT4H → "0.5d", which the row parser rounds up with a warning. */
function durationCell(text: string | null): string | null {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?T?(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text ?? '');
  if (!match) return null;
  const hours = Number(match[1] ?? 0) * 8 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 60 + Number(match[4] ?? 0) / 3600;
  return `${Math.round((hours / 8) * 1000) / 1000}d`;
}

function predecessorCell(task: XmlElement, idOfUid: ReadonlyMap<string, string>): string | null {
  const parts = childrenNamed(task, 'PredecessorLink').flatMap((link) => {
    const id = idOfUid.get(childText(link, 'PredecessorUID') ?? '');
    if (id === undefined) return [];
    const type = LINK_TYPES[childText(link, 'Type') ?? '1'] ?? 'FS';
    const hoursPerDay = ELAPSED_LAG_FORMATS.has(childText(link, 'LagFormat') ?? '') ? 24 : 8;
    const lag = Math.round(Number(childText(link, 'LinkLag') ?? 0) / TENTHS_OF_MINUTE_PER_HOUR / hoursPerDay);
    return [formatPredecessor(id, type, Number.isFinite(lag) ? lag : 0)];
  });
  return parts.length === 0 ? null : parts.join(',');
}
