// Command line for scripted setups, run with the relay's own DATA_DIR:
//   tsx server/cli.ts create-owner --name "Li Wei" [--device laptop]   (password from OWNER_PASSWORD, optional)
//   tsx server/cli.ts device-link --name "Li Wei"                     (a 15-minute sign-in link for that person)
//   tsx server/cli.ts rotate-keys                                     (new token signing key; old tokens stay valid)
//   tsx server/cli.ts backup FILE                                     (consistent copy of all data, safe while running)
//   tsx server/cli.ts restore FILE                                    (into an empty DATA_DIR, relay stopped)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { BackupError, createBackup, restoreBackup } from './backup/backup-file';
import { parseArgs } from 'node:util';
import { systemClock } from './clock';
import { readConfig } from './config';
import { createAccess } from './access/access';
import { rotateSigningKeys } from './access/signing-keys';

async function main(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, options: { name: { type: 'string' }, device: { type: 'string' } } });
  const config = readConfig(process.env);
  mkdirSync(config.dataDir, { recursive: true });
  const [command, file] = positionals;
  if (command === 'backup' || command === 'restore') {
    if (!file) return fail(`usage: cli.ts ${command} FILE`);
    try {
      if (command === 'backup') writeFileSync(file, createBackup(config.dataDir, new Date()));
      else restoreBackup(readFileSync(file), config.dataDir);
    } catch (error) {
      if (error instanceof BackupError) return fail(error.message);
      throw error;
    }
    console.log(`${command === 'backup' ? 'backed up' : 'restored'} ${config.dataDir} ${command === 'backup' ? 'to' : 'from'} ${file}`);
    return 0;
  }
  if (command === 'rotate-keys') {
    const keys = rotateSigningKeys(config.dataDir);
    console.log(`new signing key ${keys.currentId}; restart the relay to use it`);
    return 0;
  }
  const access = createAccess({ dataDir: config.dataDir, clock: systemClock });
  try {
    if (command === 'create-owner') {
      const created = await access.createOwner({ name: values.name ?? '', password: process.env.OWNER_PASSWORD ?? null, device: values.device ?? 'command line' });
      if (!created.ok) return fail(created.reason === 'invalid-claim' ? 'this relay already has an owner' : `could not create the owner: ${created.reason}`);
      console.log(JSON.stringify({ ok: true, user: created.grant.user, token: created.grant.token }));
      return 0;
    }
    if (command === 'device-link') {
      const userId = access.users.idOf(values.name ?? '');
      if (userId === null) return fail(`no person named ${values.name ?? ''}`);
      const link = access.links.createDeviceLink(userId);
      console.log(`/#/join/${link.token}  (valid until ${new Date(link.expiresAt).toISOString()})`);
      return 0;
    }
    return fail('usage: cli.ts create-owner --name NAME | device-link --name NAME | rotate-keys | backup FILE | restore FILE');
  } finally {
    access.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
