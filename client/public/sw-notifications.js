// Added to the generated service worker (vite.config.ts, workbox.importScripts): a tapped SiteBeam
// reminder opens its Today route. An open window is focused and told to move there (the app follows
// the message without a reload, keeping its sockets and unsent state); with none open, a new one opens.
/* global self, clients, URL */

const OPEN_MESSAGE_TYPE = 'sitebeam:open';

/** Only hash routes of this app: a notification's data is never trusted to name another site. */
function targetOf(data) {
  const url = data && typeof data.url === 'string' ? data.url : '';
  return /^#\/[A-Za-z0-9_\-/]*$/.test(url) ? url : '#/';
}

async function openFromNotification(data) {
  const hash = targetOf(data);
  const windows = await clients.matchAll({ type: 'window', includeUncontrolled: true });
  const ours = windows.filter((client) => new URL(client.url).origin === self.location.origin);
  const chosen = ours.find((client) => client.focused) || ours[0];
  if (chosen) {
    chosen.postMessage({ type: OPEN_MESSAGE_TYPE, url: hash });
    await chosen.focus().catch(() => undefined);
    return 'focused';
  }
  await clients.openWindow(new URL(hash, self.registration.scope).href);
  return 'opened';
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openFromNotification(event.notification.data));
});

// A click on a system notification cannot be scripted in a browser test; the test calls this instead.
self.sitebeamOpenFromNotification = openFromNotification;
