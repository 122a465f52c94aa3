import { PRODUCTION_ASKED } from './production-mode';
import { Logger } from '@nestjs/common';
import { AppLogger, createRootLogger, loadConfig, startEmbeddedDatabase } from '@panelist/server-core';
import { createApp } from './app';
import { secondsSinceCommandStart } from './command-clock';
import { trackRequests } from './request-drain';

// JSON lines, except for a person at a terminal (`npm start`) who did not ask for production. Set up before
// anything logs, so that even a configuration error is a JSON line for a supervisor.
const appLogger = new AppLogger(createRootLogger({ level: 'info', forPeople: process.stdout.isTTY === true && !PRODUCTION_ASKED }));
Logger.overrideLogger(appLogger);
const logger = new Logger('Panelist');

/** A stop that takes longer than this is cut short, with exit code 1 (supervisors usually wait 10 to 30 s). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  appLogger.configure(config.logLevel, config.instanceName);
  /** How to undo what has started, last started first: stop() runs them in this order. */
  const undo: Array<() => Promise<unknown>> = [];

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    const since = Date.now();
    logger.log(`${reason}: answering the requests in flight, then stopping`);
    setTimeout(() => {
      logger.error(`Still stopping after ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    try {
      for (const step of undo) await step();
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
    logger.log(`Stopped in ${((Date.now() - since) / 1000).toFixed(1)} s`);
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

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`No DATABASE_URL: starting embedded PostgreSQL with its data in ${config.dataDir}`);
    // Stopped last, by stop(), once the requests in flight have been answered.
    const embedded = await startEmbeddedDatabase(config.dataDir, {
      stopOnSignals: false,
      warn: (message) => logger.warn(message),
      progress: (message) => logger.log(message),
    });
    undo.unshift(() => embedded.stop());
    databaseUrl = embedded.url;
  }
  const app = await createApp(config, databaseUrl, appLogger);
  // Subscriptions close (1001 going away), then GraphQL, the event listener and the database pool.
  undo.unshift(() => app.close());
  const requests = trackRequests(app.getHttpServer());
  undo.unshift(() => requests.drain());

  try {
    await (config.host ? app.listen(config.port, config.host) : app.listen(config.port));
  } catch (error) {
    for (const step of undo) await step().catch(() => undefined);
    throw error;
  }
  // Ready means a page was served: time the command up to our own first request for it.
  await fetch(`http://${loopback(config.host)}:${config.port}/`, { headers: { accept: 'text/html' } }).catch(() => undefined);
  logger.log(`Panelist is ready in ${secondsSinceCommandStart().toFixed(1)} s: open http://localhost:${config.port}`);
}

/** An address this process can reach itself on, whichever interface it listens on. */
function loopback(host: string | undefined): string {
  if (!host || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

main().catch((error) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
