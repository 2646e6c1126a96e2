// Puts seeded documents where the app looks for them: one IndexedDB database per room in
// y-indexeddb's layout (object stores 'updates' with auto-increment keys holding Yjs updates, and
// 'custom'), plus this device's identity and default workspace in localStorage.
import type { Page } from 'playwright-core';
import { projectRoom, workspaceRoom } from '../../../shared/schema';
import type { SeededProject } from './seed-docs';

// In-page code is sent as source text: functions compiled by tsx carry helper calls (`__name`) that
// don't exist in the page.
const WRITE_ROOMS_SOURCE = `async (rooms) => {
  const toBytes = (base64) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (const room of rooms) {
    await done(indexedDB.deleteDatabase(room.name));
    const open = indexedDB.open(room.name);
    open.onupgradeneeded = () => {
      open.result.createObjectStore('updates', { autoIncrement: true });
      open.result.createObjectStore('custom');
    };
    const db = await done(open);
    const tx = db.transaction(['updates'], 'readwrite');
    tx.objectStore('updates').add(toBytes(room.update));
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }
}`;

/** The page must be on the app's origin (any screen); the next navigation opens the seeded board. */
export async function writeSeedIntoPage(page: Page, seed: SeededProject): Promise<void> {
  const rooms = [
    { name: workspaceRoom(seed.workspaceId), update: Buffer.from(seed.workspaceUpdate).toString('base64') },
    { name: projectRoom(seed.projectId), update: Buffer.from(seed.projectUpdate).toString('base64') },
  ];
  await page.evaluate(`(${WRITE_ROOMS_SOURCE})(${JSON.stringify(rooms)})`);
  await page.evaluate(`(() => {
    localStorage.setItem('sitebeam.identity', ${JSON.stringify(JSON.stringify(seed.me))});
    localStorage.setItem('sitebeam.workspace', ${JSON.stringify(seed.workspaceId)});
  })()`);
}

export function boardPath(seed: SeededProject): string {
  return `/#/w/${seed.workspaceId}/p/${seed.projectId}`;
}
