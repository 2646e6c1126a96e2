// Moves this window to the route a tapped reminder asks for (posted by public/sw-notifications.js);
// mounted once at the top of the app so it works on every screen. Renders nothing.
import { onCleanup } from 'solid-js';
import { readOpenMessage } from './reminder-open';

export function NotificationOpener() {
  if (!('serviceWorker' in navigator)) return null;
  const onMessage = (event: MessageEvent): void => {
    const url = readOpenMessage(event.data);
    if (url !== null && location.hash !== url) location.hash = url;
  };
  navigator.serviceWorker.addEventListener('message', onMessage);
  onCleanup(() => navigator.serviceWorker.removeEventListener('message', onMessage));
  return null;
}
