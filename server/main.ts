// Composition root: environment → config → logger → relay (store, rooms, app, server), plus
// signal handling for a graceful shutdown. Nothing else in server/ reads process state.
import { mkdirSync } from 'node:fs';
import { createAccess } from './access/access';
import { systemClock } from './clock';
import { ConfigError, readConfig } from './config';
import { createLogger } from './log';
import { startRelay } from './start-relay';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`sitebeam relay: ${error.message}\n`);
    process.exit(2);
  }
  const logger = createLogger({ level: config.logLevel });
  mkdirSync(config.dataDir, { recursive: true });
  const access = config.accessControl ? createAccess({ dataDir: config.dataDir, clock: systemClock }) : undefined;
  if (!access) logger.warn('access control is off: anyone who can reach this relay can read and change every room');
  const relay = await startRelay({
    access,
    allowedOrigins: config.allowedOrigins,
    dataDir: config.dataDir,
    staticDir: config.staticDir,
    port: config.port,
    host: config.host,
    limits: config.limits,
    historyRetentionDays: config.historyRetentionDays,
    robots: { anyHost: config.robotAnyHost },
    metrics: { scrapeToken: config.metricsToken, snapshots: config.metricsSnapshots, snapshotMaxWaitMs: config.metricsSnapshotMaxWaitMs, snapshotMainThreadMaxBytes: config.metricsSnapshotMainThreadMaxBytes, snapshotWorkerNice: config.metricsSnapshotWorkerNice, retentionDays: config.metricsRetentionDays },
    logger,
  });
  // tests and benchmarks start us with PORT=0 and read the real port from this line
  logger.info('listening', { port: relay.port, host: config.host, url: `http://${config.host}:${relay.port}`, dataDir: config.dataDir });
  const claimSecret = access?.claims.openClaim() ?? null;
  if (claimSecret !== null) {
    const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${relay.port}`;
    // printed once at start, only while the relay has no owner: whoever opens it first becomes the owner
    logger.warn('claim this relay', { claimUrl: `${base}/#/claim/${claimSecret}` });
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    relay.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sitebeam relay failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
