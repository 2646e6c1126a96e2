// What the Gantt shows before its live schedule: the first screen kept on this device
// (create-first-screen.ts) or, on a device that keeps none, the relay's (relay-first-screen.ts),
// read-only. The device's entry gives way once the device copy has loaded; the relay's once the live
// document holds the project: the device copy brought tasks, or the relay's sync did (on a fresh
// device the device copy loads at once, empty).
import { createMemo, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import type { FirstScreen } from '../../../shared/domain/schedule/first-screen';
import { createProjectStore, type ProjectRecords } from '../../sync/doc-store';
import type { Room } from '../../sync/open-room';
import { loadFirstScreen } from './create-first-screen';
import type { FirstScreenAsker } from './first-screen-prefetch';
import { createRelayFirstScreen } from './relay-first-screen';

export type PreviewSource = 'device' | 'relay';

export interface GanttPreview {
  /** The first screen being shown, or null (none, or the live schedule has taken over). */
  readonly screen: Accessor<FirstScreen | null>;
  readonly records: Accessor<ProjectRecords | null>;
  readonly source: Accessor<PreviewSource | null>;
}

export interface GanttPreviewOptions {
  readonly room: Room;
  /** Who asks the relay (the signed-in session), or null: signed out, so none is asked. */
  readonly asker: FirstScreenAsker | null;
  /** True once the project store has taken the device copy. */
  readonly filled: Accessor<boolean>;
  /** Changes to the live document (the page's transaction count). */
  readonly version: Accessor<unknown>;
}

/** Must run inside a reactive owner. */
export function createGanttPreview(options: GanttPreviewOptions): GanttPreview {
  const { room } = options;
  const device = room.isLoaded() ? null : loadFirstScreen(room.name);
  onCleanup(() => device?.doc.destroy());
  const [synced, setSynced] = createSignal(room.provider.synced);
  const onSync = (isSynced: boolean): void => void setSynced(isSynced);
  room.provider.on('sync', onSync);
  onCleanup(() => room.provider.off('sync', onSync));
  const liveHasProject = createMemo(() => (options.version(), options.filled() && (synced() || room.doc.getMap('tasks').size > 0)));
  // also when the room is already open (from the board) but the project has not synced yet
  const relay = device === null ? createRelayFirstScreen(room.name, options.asker, liveHasProject) : () => null;
  const source = createMemo<PreviewSource | null>(() => {
    if (device !== null) return options.filled() ? null : 'device';
    return relay() !== null && !liveHasProject() ? 'relay' : null;
  });
  const shownScreen = createMemo(() => relay() ?? device);
  const records = createMemo(() => {
    const screen = shownScreen();
    // untracked: the store reads itself as it fills, which must not re-run this memo
    return screen === null ? null : untrack(() => createProjectStore(screen.doc));
  });
  return {
    screen: () => (source() === null ? null : shownScreen()),
    records: () => (source() === null ? null : records()),
    source,
  };
}
