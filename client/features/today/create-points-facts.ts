// The workspace's points facts from the relay as a signal: the device's copy at once, then the relay's
// answer when the page opens, comes back online or becomes visible, and every minute while it is open
// (a teammate's sign-off shows within a minute). Signed out or offline, the copy stays as it was.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { PointsFacts } from '../../../shared/domain/points';
import type { WorkspaceId } from '../../../shared/ids';
import { deviceStorage } from '../reminders/create-reminder-setting';
import { fetchPointsFacts, loadPointsFacts, savePointsFacts } from './points-facts-cache';

const REFRESH_MS = 60_000;

/** Must run inside a reactive owner: its timer and listeners go with the owner. */
export function createPointsFacts(workspaceId: WorkspaceId, token: () => string | null): Accessor<PointsFacts> {
  const storage = deviceStorage();
  const [facts, setFacts] = createSignal<PointsFacts>(loadPointsFacts(storage, workspaceId));
  let disposed = false;
  const refresh = async (): Promise<void> => {
    const current = token();
    if (current === null || !navigator.onLine) return;
    const answer = await fetchPointsFacts(workspaceId, current);
    if (answer === null || disposed) return;
    savePointsFacts(storage, workspaceId, answer);
    setFacts(answer);
  };
  const onVisible = (): void => void (document.visibilityState === 'visible' && refresh());
  const onOnline = (): void => void refresh();
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  void refresh();
  onCleanup(() => {
    disposed = true;
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return facts;
}
