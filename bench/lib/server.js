'use strict';
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { startEmbeddedDatabase } = require('@panelist/server-core');

const ROOT = join(__dirname, '..', '..');
/** The Node flags `npm start` runs the server with (package.json), so that benchmarks time what production runs. */
const START_FLAGS = require(join(ROOT, 'package.json'))
  .scripts.start.split(' ')
  .filter((arg) => arg.startsWith('--'));

/** How much of a server's latest output is kept, for the ready line and for failure reports. */
const KEPT_OUTPUT = 64 * 1024;

/** Runs the built server as its own process (so the load generator never shares its event loop); `nodeArgs` go to its node. */
function startServer(env, nodeArgs = []) {
  const child = spawn(
    process.execPath,
    [
      ...START_FLAGS,
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      ...nodeArgs,
      join(ROOT, 'apps/api/dist/main.js'),
    ],
    // The benchmarks' subscribers share a session, hundreds of sockets of it (the server allows 20 by default).
    { env: { SOCKETS_PER_SESSION: '10000', ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      // The server logs a line per request: keep the latest lines only, so a long run costs the load generator nothing.
      output = (output + chunk.toString()).slice(-KEPT_OUTPUT);
      if (output.includes('Panelist is ready')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, ready, stop, output: () => output };
}

/**
 * The benchmark's PostgreSQL: BENCH_DATABASE_URL when set, otherwise an embedded one in a temporary folder,
 * or in BENCH_DATA_DIR, which is kept after the run (to profile, EXPLAIN, or skip seeding next time).
 */
async function openBenchDatabase() {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, close: async () => undefined };
  const keep = process.env.BENCH_DATA_DIR;
  const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'panelist-bench-'));
  const embedded = await startEmbeddedDatabase(dataDir);
  return {
    url: embedded.url,
    async close() {
      await embedded.stop();
      if (!keep) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function graphql(url, query, variables, token) {
  return (await graphqlTraced(url, query, variables, token, false)).data;
}

/** With `trace`, the response carries the SQL the server ran (needs PANELIST_SQL_TRACE=true on the server). */
async function graphqlTraced(url, query, variables, token, trace = true) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(trace ? { 'x-sql-trace': '1' } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, sql: body.extensions?.sql };
}

module.exports = { ROOT, startServer, openBenchDatabase, graphql, graphqlTraced };
