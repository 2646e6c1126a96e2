// What a cold open shows when the app's own code could not be loaded (app/start.tsx or a stylesheet it
// waits for: no signal and no service worker yet, or a deploy replaced the files this page names).
// Only the small entry has run, so neither the app's translations nor its styles are here: the words
// are plain text in both languages, as in index.html's <noscript>, with a button to try again.

export const LOAD_FAILURE_TEXT = {
  en: { message: 'SiteBeam could not load. Check the connection, then reload.', reload: 'Reload' },
  zh: { message: 'SiteBeam 无法加载。请检查网络，然后重新加载。', reload: '重新加载' },
} as const;

/** Replaces whatever `root` holds with the message and a Reload button. */
export function showLoadFailure(root: HTMLElement | null, reload: () => void): void {
  if (root === null) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = `${LOAD_FAILURE_TEXT.zh.message} ${LOAD_FAILURE_TEXT.en.message}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `${LOAD_FAILURE_TEXT.zh.reload} · ${LOAD_FAILURE_TEXT.en.reload}`;
  button.addEventListener('click', reload);
  root.replaceChildren(message, button);
}
