import './production-mode';
import { Logger } from '@nestjs/common';
import { EmbeddedDatabase, loadConfig, startEmbeddedDatabase } from '@panelist/server-core';
import { createApp } from './app';

const logger = new Logger('Panelist');

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    logger.log(`No DATABASE_URL: starting embedded PostgreSQL with its data in ${config.dataDir}`);
    embedded = await startEmbeddedDatabase(config.dataDir);
  }
  const app = await createApp(config, config.databaseUrl ?? embedded!.url);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close().catch((error) => logger.error(error));
    await embedded?.stop().catch((error) => logger.error(error));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // npm does not pass SIGTERM on to the script it runs: when `npm start` goes away, stop as if signalled,
  // so PostgreSQL is never left running without its server.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && void stop('npm exited'), 250).unref();
  }

  try {
    await app.listen(config.port);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  logger.log(`Panelist is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: open http://localhost:${config.port}`);
}

main().catch((error) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
