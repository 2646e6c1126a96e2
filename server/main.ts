// Composition root: environment → config → logger → relay (store, rooms, app, server), plus
// signal handling for a graceful shutdown. Nothing else in server/ reads process state.
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
  const relay = await startRelay({
    dataDir: config.dataDir,
    staticDir: config.staticDir,
    port: config.port,
    host: config.host,
    limits: config.limits,
    logger,
  });
  // tests and benchmarks start us with PORT=0 and read the real port from this line
  logger.info('listening', { port: relay.port, host: config.host, url: `http://${config.host}:${relay.port}`, dataDir: config.dataDir });

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
