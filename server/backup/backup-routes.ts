// The server owner downloads a full backup (every room, history, people and roles) over the API.
import type { Hono } from 'hono';
import type { Access } from '../access/access';
import { apiError, signedIn } from '../access/access-http';
import type { Clock } from '../clock';
import { createBackup } from './backup-file';

export function mountBackupRoutes(app: Hono, access: Access, dataDir: string, clock: Clock): void {
  app.get('/api/backup', (c) => {
    const signed = signedIn(c, access);
    if (access.claims.ownerId() !== signed.userId) throw apiError(403, 'owner-only');
    const now = new Date(clock.now());
    const backup = createBackup(dataDir, now);
    const name = `sitebeam-backup-${now.toISOString().replace(/[:.]/g, '-')}.sitebeam`;
    return c.body(new Uint8Array(backup), 200, {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });
}
