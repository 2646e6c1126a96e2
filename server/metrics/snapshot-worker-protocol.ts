// Messages between the relay's thread and the snapshot worker (snapshot-worker.ts): one request at a
// time, a room's snapshot figures or what a relay alert check needs from its documents
// (server/notify/alert-candidates.ts), answered by id with the result or the error's text. Both cross
// as structured clones.
import type { CalendarSettings } from '../../shared/domain/calendar/calendar-settings';
import type { ProjectFigures } from '../../shared/domain/metrics/project-figures';
import type { RoomName } from '../../shared/schema/room-name';
import type { CheckInAuditResult, StoredSignOffFacts } from '../daily-work/stored-daily-work';
import type { StoredFirstScreen } from '../first-screen/stored-first-screen';
import type { AlertCandidates, AlertCandidatesRequest } from '../notify/alert-candidates';
import type { ThreadPriorityOutcome } from './worker-priority';

/** What the worker is started with (`workerData`). */
export interface SnapshotWorkerData {
  /** The relay's update log, opened read-only in the worker. */
  readonly storeFile: string;
  /** From source only: the worker's TypeScript entry, loaded through tsx by snapshot-worker-source.mjs. */
  readonly entry?: string;
  /** The worker thread's nice value (worker-priority.ts); 0 keeps the relay's priority. */
  readonly nice: number;
}

/** The worker's first message, before any reply: what became of its lower CPU priority. */
export interface WorkerPriorityNotice {
  readonly type: 'priority';
  readonly outcome: ThreadPriorityOutcome;
}

export function isWorkerPriorityNotice(message: unknown): message is WorkerPriorityNotice {
  return typeof message === 'object' && message !== null && 'type' in message && message.type === 'priority';
}

export type SnapshotWork =
  /** workspaceRoom: the project's `ws.` room, whose working calendar the figures count with; null: the China calendar. */
  | { readonly kind: 'figures'; readonly room: RoomName; readonly now: number; readonly workspaceRoom: RoomName | null }
  | { readonly kind: 'alerts'; readonly room: RoomName; readonly request: AlertCandidatesRequest }
  /** The Gantt's first screen of a `p.` room for a fresh device (server/first-screen/). */
  | { readonly kind: 'first-screen'; readonly room: RoomName; readonly workspaceRoom: RoomName | null; readonly now: number }
  /** A `ws.` room's working calendar settings, so the snapshot job can tell a calendar change from other workspace edits. */
  | { readonly kind: 'calendar'; readonly room: RoomName }
  /** A finance room's labour sign-off facts read whole (server/daily-work/sign-off-facts-job.ts). */
  | { readonly kind: 'sign-off-facts'; readonly room: RoomName }
  /** A workspace room's check-in writes stored after `afterSeq`, judged (server/daily-work/check-in-audit.ts). */
  | { readonly kind: 'check-in-audit'; readonly room: RoomName; readonly afterSeq: number };

export type SnapshotRequest = SnapshotWork & { readonly id: number };

export type SnapshotResult =
  | { readonly kind: 'figures'; readonly figures: ProjectFigures | null }
  | { readonly kind: 'alerts'; readonly candidates: AlertCandidates }
  | { readonly kind: 'first-screen'; readonly screen: StoredFirstScreen }
  | { readonly kind: 'calendar'; readonly settings: CalendarSettings }
  | { readonly kind: 'sign-off-facts'; readonly read: StoredSignOffFacts }
  | { readonly kind: 'check-in-audit'; readonly audit: CheckInAuditResult };

/** roomsRebuilt: documents this worker rebuilt from the store since it started (room-doc-cache.ts), on every reply. */
export type SnapshotReply =
  | ({ readonly id: number; readonly ok: true; readonly roomsRebuilt?: number } & SnapshotResult)
  | { readonly id: number; readonly ok: false; readonly error: string; readonly roomsRebuilt?: number };
