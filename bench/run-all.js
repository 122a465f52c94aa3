'use strict';
/**
 * npm run bench — every benchmark, one after another (each alone on the machine: they time against floors run
 * beside them, and two at once would time each other), then bench/RESULTS.md from their results (bench/report.js).
 * A benchmark that fails its targets does not stop the others; the exit code is 1 when any failed.
 *
 * `npm run bench -- --quick` runs the long ones with smaller settings, through the variables each benchmark
 * already reads (RESULTS.md says so); variables set by hand win over them.
 */
const { spawn } = require('node:child_process');
const { writeFileSync, mkdirSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { render } = require('./report');

const BENCHMARKS = ['search', 'startup', 'pipeline', 'events', 'scoring', 'compare', 'load'];
const QUICK = {
  search: { BENCH_QUESTIONS: '20000', BENCH_NOISE_QUESTIONS: '2000', BENCH_ITERATIONS: '100' },
  pipeline: { BENCH_ITERATIONS: '60' },
  events: { BENCH_SECONDS: '10' },
  scoring: { BENCH_SECONDS: '20', BENCH_SUBSCRIBERS: '200' },
  compare: { BENCH_ITERATIONS: '50' },
  load: { BENCH_SECONDS: '15' },
};

function run(name, env) {
  return new Promise((resolve) => {
    const started = performance.now();
    const loadAverageBefore = Number(os.loadavg()[0].toFixed(2));
    const child = spawn(process.execPath, [join(__dirname, name, 'run.js')], { env: { ...env, ...process.env }, stdio: 'inherit' });
    child.on('exit', (code, signal) =>
      resolve({
        name,
        exitCode: code ?? signal,
        seconds: (performance.now() - started) / 1000,
        // Other work on a shared machine shows here: above the number of cores, the benchmark did not have them to itself.
        loadAverage: { before: loadAverageBefore, after: Number(os.loadavg()[0].toFixed(2)), cores: os.cpus().length },
      }),
    );
  });
}

async function main() {
  const quick = process.argv.includes('--quick');
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const names = only.length ? BENCHMARKS.filter((name) => only.includes(name)) : BENCHMARKS;
  const runs = {
    started: new Date().toISOString(),
    quick,
    quickSettings: quick
      ? Object.entries(QUICK)
          .map(
            ([name, env]) =>
              `${name} ${Object.entries(env)
                .map(([key, value]) => `${key}=${value}`)
                .join(' ')}`,
          )
          .join('; ')
      : null,
    benchmarks: [],
  };
  const file = join(__dirname, 'results', 'runs.json');
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  for (const name of names) {
    console.log(`\n=== bench/${name} ===`);
    runs.benchmarks.push(await run(name, quick ? (QUICK[name] ?? {}) : {}));
    writeFileSync(file, `${JSON.stringify(runs, null, 2)}\n`);
  }
  const report = await render();
  console.log(`\nWrote ${report.out}`);
  for (const entry of runs.benchmarks) {
    const result = report.failed.includes(entry.name) ? 'FAIL' : 'pass';
    console.log(`${entry.name.padEnd(9)} exit ${entry.exitCode} in ${entry.seconds.toFixed(0)} s, ${result} against its targets`);
  }
  // Exit codes alone miss failures (see report.js): a benchmark fails when its process or its results say so.
  const failed = runs.benchmarks.filter((entry) => entry.exitCode !== 0 || report.failed.includes(entry.name));
  if (failed.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
