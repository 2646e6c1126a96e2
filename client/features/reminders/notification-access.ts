// Whether this browser can show SiteBeam's reminders, and asking for permission. Reminders go
// through the service worker (Chrome on Android refuses `new Notification`), so both are needed.
export type NotificationAccess = 'unsupported' | 'default' | 'granted' | 'denied';

export function readNotificationAccess(): NotificationAccess {
  if (typeof Notification === 'undefined' || !('serviceWorker' in navigator)) return 'unsupported';
  return Notification.permission;
}

/** Call straight from a click: browsers ignore (or deny) a request that isn't a user's gesture. */
export async function requestNotificationAccess(): Promise<NotificationAccess> {
  const current = readNotificationAccess();
  if (current !== 'default') return current;
  try {
    return await Notification.requestPermission();
  } catch {
    return readNotificationAccess();
  }
}

/** Shows through the active service worker; does nothing without permission. */
export async function showThroughServiceWorker(title: string, options: NotificationOptions): Promise<void> {
  if (readNotificationAccess() !== 'granted') return;
  const registration = await navigator.serviceWorker.ready;
  await registration.showNotification(title, options);
}
