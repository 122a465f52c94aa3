'use strict';
/**
 * npm run bench:startup — `npm start` on an empty DATA_DIR (cold) and again on the same one (warm), timed
 * to the first served admin page, beside the floor: the embedded PostgreSQL alone, cold and warm.
 * Targets: cold under 15 s, warm under 5 s. Also checks that SIGTERM stops the server and its database.
 */
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { startEmbeddedDatabase, findFreePort } = require('@panelist/server-core');
const { ROOT } = require('../lib/server');
const { writeResults } = require('../lib/stats');

async function waitForPage(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      if (response.ok && (await response.text()).includes('<div id="root">')) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not serve the admin in time`);
}

/** `npm start` from spawn to the first served page; then SIGTERM, which must stop PostgreSQL too. */
async function timeNpmStart(dataDir) {
  const port = await findFreePort();
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const started = process.hrtime.bigint();
  const child = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  let elapsed;
  try {
    await waitForPage(`http://127.0.0.1:${port}/`, Date.now() + 60_000);
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    // What the server said of itself, to set beside what was measured from outside.
    for (let i = 0; i < 100 && !/ready in [\d.]+ s/.test(output); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    await stopAndCheckPostgres(child, dataDir);
  }
  const printed = /ready in ([\d.]+) s/.exec(output);
  return { elapsed, printedMs: printed ? Number(printed[1]) * 1000 : undefined };
}

/** SIGTERM to `npm start` must stop PostgreSQL too. */
async function stopAndCheckPostgres(child, dataDir) {
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (existsSync(pidFile)) throw new Error('SIGTERM to npm start left PostgreSQL running');
}

async function timeFloor(dataDir) {
  const started = process.hrtime.bigint();
  const database = await startEmbeddedDatabase(dataDir);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  await database.stop();
  return elapsed;
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'panelist-startup-'));
  try {
    const floorCold = await timeFloor(join(root, 'floor'));
    const floorWarm = await timeFloor(join(root, 'floor'));
    const cold = await timeNpmStart(join(root, 'app'));
    const warm = await timeNpmStart(join(root, 'app'));
    const rows = [
      { run: 'cold (empty DATA_DIR)', ms: cold.elapsed, printedMs: cold.printedMs, floorMs: floorCold, targetMs: 15_000 },
      { run: 'warm (same DATA_DIR)', ms: warm.elapsed, printedMs: warm.printedMs, floorMs: floorWarm, targetMs: 5_000 },
    ];
    for (const row of rows) {
      row.ratio = row.ms / row.floorMs;
      row.pass = row.ms < row.targetMs;
      console.log(
        `${row.run.padEnd(24)} npm start ${(row.ms / 1000).toFixed(2)} s (it printed ${row.printedMs === undefined ? '?' : (row.printedMs / 1000).toFixed(1)} s)   floor (PostgreSQL alone) ${(row.floorMs / 1000).toFixed(2)} s   ratio ${row.ratio.toFixed(2)}×   target < ${row.targetMs / 1000} s   ${row.pass ? 'PASS' : 'FAIL'}`,
      );
    }
    console.log('SIGTERM stopped the server and PostgreSQL both times.');
    writeResults('startup', { rows });
    process.exitCode = rows.every((row) => row.pass) ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
