'use strict';
/**
 * npm run bench:load — two API instances on one PostgreSQL database, as behind a load balancer, under a mix of
 * what a hiring team does at once, for a fixed time:
 * - bank search (`questions` with a search term, over the MLOps bank grown to 10,000 questions);
 * - the pipeline board of an opening of 1,000 applications (the admin's query, 50 cards per column);
 * - scorecard autosaves (`saveScorecard`: one changed field and the version it is based on, one save in flight
 *   per scorecard, as the admin sends them), on 72 draft scorecards of 18 interviewers;
 * - moving a card on that board, which every live board hears;
 * - the comparison of an opening of 200 scored candidates (the admin's query);
 * - 100 live board subscriptions (graphql-ws, half on each instance) held open through the run: every move must
 *   reach every one of them, whichever instance made it.
 *
 * A closed loop: BENCH_CONCURRENCY clients (8) each send one request, wait for its answer, send the next; the
 * operation is drawn by the mix's weights, and requests go round-robin to the two instances. Three phases of
 * BENCH_SECONDS (30) each, after a warm-up:
 * 1. the floor: the same mix replayed through `pg` by the same number of clients: the statements the server ran
 *    for each read (captured once with x-sql-trace from a third, tracing instance, then stopped), concurrently
 *    where the server runs them concurrently, and for an autosave the server's guarded UPDATE on scorecards of
 *    its own (bench/scoring's floor). Moves are left out of the floor: their statements cannot be replayed twice;
 * 2. one instance: the mix against the first instance only;
 * 3. both instances, round-robin: the result.
 * Then each operation alone on both instances, from 2 clients for BENCH_ALONE_SECONDS (5), for the server CPU each costs
 * (errors count).
 * Reported per operation: requests per second, p50, p95, p99; in total, requests per second against the floor
 * and against one instance. Targets: 0 errored requests, 0 lost writes (each autosaved field holds its last
 * acknowledged value), 0 subscription errors and every move delivered to every subscriber. Exits 1 otherwise.
 */
const { readFileSync, readdirSync } = require('node:fs');
const os = require('node:os');
const { Client, Pool } = require('pg');
const { findFreePort, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { startServer, openBenchDatabase, graphqlTraced } = require('../lib/server');
const { replayConcurrently } = require('../lib/measure');
const { summarize, ms, writeResults } = require('../lib/stats');
const { openSubscribers, subscribeToBoard } = require('../lib/subscribers');
const { seedOrganization, addGeneratedQuestions, seedBoard, seedScoredOpening, seedDraftScorecards } = require('./seed');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100);
const INTERVIEWERS = 18;
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 10_000);
const BOARD_APPLICATIONS = 1_000;
const COMPARED_CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 200);
const DRAFT_SCORECARDS = 72;
/** After a phase, how long a change may still take to reach every subscriber before it counts as lost. */
const DRAIN_MS = 10_000;
/** Relative weights of the operations in the mix. */
const MIX = { search: 30, board: 20, autosave: 30, move: 10, comparison: 10 };
/** How long each operation then runs alone, to tell what each costs the servers. */
const ALONE_SECONDS = Number(process.env.BENCH_ALONE_SECONDS ?? 5);
/** Two clients: enough to keep both instances busy, few enough not to queue (this phase counts CPU, it is no stress test). */
const ALONE_CLIENTS = 2;
const SEARCH_TERMS = ['drift', 'model monitoring', 'depl', 'feature store', 'quokka', 'canary rollout'];

const SEARCH = `query Search($search: String) {
  questions(filter: { search: $search }, first: 20) {
    totalCount totalCountIsExact
    edges { node { id title kind difficulty estimatedMinutes tags category { id name } } }
  }
}`;
// bench/pipeline's board: the admin's query, with the __typename fields Apollo Client adds.
const CARD = `__typename id candidateId candidateName candidateTags timeInStageSeconds feedback { __typename submitted expected }`;
const BOARD = `query Board($id: ID!, $cardsPerColumn: Int) { pipelineBoard(openingId: $id, cardsPerColumn: $cardsPerColumn) {
  __typename rejectedCount withdrawnCount
  columns { __typename count hasMoreCards endCursor stage { __typename id name } cards { ${CARD} } }
} }`;
const MOVE = `mutation Move($input: MoveApplicationInput!) { moveApplication(input: $input) { id stage { id } } }`;
// What the admin's autosave asks back: the version to base the next save on.
const SAVE = `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`;
// bench/compare's admin comparison query.
const COMPARISON = `query Comparison($openingId: ID!) { comparison(openingId: $openingId) {
  __typename weightsRationale method hiddenForIndependence minSharedCandidates
  weights { __typename categoryId weight openingAverage }
  rows { __typename overallScore calibratedScore calibrationBacked scorecardCount
    candidateId candidateName application { __typename id status stage { __typename id name position } }
    categoryScores { __typename categoryId mean ratings disagreement }
    recommendations { __typename recommendation count }
    evidenceGaps { __typename unratedCategoryIds disagreementCategoryIds }
    decision { __typename id decision } }
} }`;
// The statement the server runs for a save (libs/server/scorecards/src/scorecards.sql.ts, writeScorecardSql), as bench/scoring's floor runs it.
const FLOOR_UPDATE = `UPDATE scorecard SET version = $3, fields = $4::jsonb, field_versions = $5::jsonb, status = $6::scorecard_status,
  submitted_at = CASE WHEN $6::scorecard_status = 'SUBMITTED' THEN coalesce(submitted_at, now()) ELSE submitted_at END, updated_at = now()
  WHERE id = $1 AND version = $2 RETURNING id, version`;

const now = () => performance.now();
const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const summaryOf = (samples) => (samples.length ? summarize(samples) : { n: 0, p50: NaN, p95: NaN, p99: NaN });

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS = 100;
/** utime, stime, cutime, cstime of a process (seconds), from /proc; zeros when it is gone. */
function processTimes(pid) {
  try {
    // The command name may hold spaces: the fields after it start after the last ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').pop().trim().split(' ');
    return {
      ppid: Number(fields[1]),
      own: (Number(fields[11]) + Number(fields[12])) / TICKS,
      reaped: (Number(fields[13]) + Number(fields[14])) / TICKS,
    };
  } catch {
    return { ppid: 0, own: 0, reaped: 0 };
  }
}
/**
 * CPU seconds PostgreSQL has used: the postmaster's own, its exited children's (added to it when reaped) and its
 * live children's (backends, checkpointer, …).
 */
function postgresCpu(postmaster) {
  const parent = processTimes(postmaster);
  let total = parent.own + parent.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = processTimes(entry);
    if (child.ppid === postmaster) total += child.own;
  }
  return total;
}
/** CPU seconds used so far by each server, by PostgreSQL and by this process (the load generator). */
function cpuNow(servers, postmaster) {
  const self = process.cpuUsage();
  return {
    servers: servers.map((server) => processTimes(server.child.pid).own),
    postgres: postgresCpu(postmaster),
    loadGenerator: (self.user + self.system) / 1e6,
  };
}
/** Where the CPU went during a phase: cores busy, and CPU milliseconds per request answered. */
function cpuBetween(before, after, phase) {
  const per = (seconds) => ({ coresBusy: seconds / phase.seconds, cpuMsPerRequest: (seconds * 1000) / phase.requests });
  const servers = after.servers.map((value, i) => value - before.servers[i]);
  return {
    servers: per(servers.reduce((sum, value) => sum + value, 0)),
    perServer: servers.map((value) => Number((value / phase.seconds).toFixed(3))),
    postgres: per(after.postgres - before.postgres),
    loadGenerator: per(after.loadGenerator - before.loadGenerator),
  };
}
/** closedLoop, with the CPU it cost and the machine's load average (other work on a shared machine shows there). */
async function measuredPhase(servers, postmaster, run) {
  const before = cpuNow(servers, postmaster);
  const phase = await run();
  phase.cpu = cpuBetween(before, cpuNow(servers, postmaster), phase);
  phase.loadAverage1m = Number(os.loadavg()[0].toFixed(2));
  return phase;
}

/** One GraphQL request that never throws: the answer's data, or the reason it failed. */
async function request(url, query, variables, token) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (!response.ok || body.errors) return { error: `HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}` };
    return { data: body.data };
  } catch (error) {
    return { error: error.message };
  }
}

/** Picks operations by weight, the same sequence in every phase. */
function mixPicker(weights) {
  const names = Object.keys(weights).filter((name) => weights[name] > 0);
  const total = names.reduce((sum, name) => sum + weights[name], 0);
  let seed = 42;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    let pick = (seed / 2147483648) * total;
    for (const name of names) if ((pick -= weights[name]) < 0) return name;
    return names[names.length - 1];
  };
}

/** A queue of things only one request may use at a time (a scorecard, a card): take the oldest, give it back after. */
function rotation(items) {
  const queue = [...items];
  return {
    take: () => queue.shift(),
    give: (item) => queue.push(item),
  };
}

/**
 * Runs `operations` (name -> async () => error message or undefined) from `CONCURRENCY` clients for `seconds`;
 * returns each operation's latencies, successes and errors, and how long it ran.
 */
async function closedLoop(operations, weights, seconds, clients = CONCURRENCY) {
  const pick = mixPicker(weights);
  const stats = Object.fromEntries(Object.keys(weights).map((name) => [name, { samples: [], errors: 0, firstError: null }]));
  const started = now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (now() < until) {
      const name = pick();
      const at = now();
      const error = await operations[name]();
      const entry = stats[name];
      if (error) {
        entry.errors++;
        entry.firstError ??= error;
      } else entry.samples.push(now() - at);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const ranFor = (now() - started) / 1000;
  const operationsReport = {};
  let total = 0;
  let errors = 0;
  for (const [name, entry] of Object.entries(stats)) {
    if (!weights[name]) continue;
    total += entry.samples.length;
    errors += entry.errors;
    operationsReport[name] = {
      requests: entry.samples.length,
      perSecond: entry.samples.length / ranFor,
      errors: entry.errors,
      firstError: entry.firstError,
      latencyMs: summaryOf(entry.samples),
    };
  }
  return { seconds: ranFor, requests: total, perSecond: total / ranFor, errors, operations: operationsReport };
}

/** The mix through GraphQL, each request to the next of `urls` in turn. */
function apiOperations(urls, seeded, moves, acknowledged) {
  let next = 0;
  const target = () => urls[next++ % urls.length];
  let term = 0;
  const { admin, board, compared } = seeded;
  const cards = rotation(seeded.drafts.cards);
  const movable = rotation(board.applications);
  let saves = 0;
  return {
    search: async () => (await request(target(), SEARCH, { search: SEARCH_TERMS[term++ % SEARCH_TERMS.length] }, admin)).error,
    board: async () => (await request(target(), BOARD, { id: board.openingId }, admin)).error,
    comparison: async () => (await request(target(), COMPARISON, { openingId: compared.openingId }, admin)).error,
    autosave: async () => {
      const card = cards.take();
      const k = saves++;
      const questionId = card.questionIds[k % card.questionIds.length];
      const rating = { questionId, rating: 1 + (k % 4), notes: `Notes after save ${k}: covered the rollout plan` };
      const { data, error } = await request(
        target(),
        SAVE,
        { input: { scorecardId: card.id, version: card.version, ratings: [rating] } },
        card.member.token,
      );
      if (data) {
        card.version = data.saveScorecard.version;
        acknowledged.set(`${card.id}/question:${questionId}:rating`, rating.rating);
        acknowledged.set(`${card.id}/question:${questionId}:notes`, rating.notes);
      }
      cards.give(card);
      return error;
    },
    move: async () => {
      const application = movable.take();
      const stage = (application.stage + 1) % 6;
      const { error } = await request(target(), MOVE, { input: { applicationId: application.id, stageId: board.stages[stage] } }, admin);
      if (!error) {
        application.stage = stage;
        moves.made++;
      }
      movable.give(application);
      return error;
    },
  };
}

/** The floor's mix: the traced statements of each read replayed through `pg`, and the guarded UPDATE for a save. */
function floorOperations(pool, traces, floorRows) {
  let term = 0;
  const rows = rotation(floorRows.map((id) => ({ id, version: 0, fields: {}, versions: {} })));
  let saves = 0;
  const replay = async (statements) => {
    try {
      await replayConcurrently(pool, statements);
      return undefined;
    } catch (error) {
      return error.message;
    }
  };
  return {
    search: () => replay(traces.search[term++ % traces.search.length]),
    board: () => replay(traces.board),
    comparison: () => replay(traces.comparison),
    autosave: async () => {
      const row = rows.take();
      const k = saves++;
      const key = `question:q${k % 6}:notes`;
      row.fields[key] = `Notes after save ${k}: covered the rollout plan`;
      row.versions[key] = row.version + 1;
      try {
        await pool.query(FLOOR_UPDATE, [
          row.id,
          row.version,
          row.version + 1,
          JSON.stringify(row.fields),
          JSON.stringify(row.versions),
          'DRAFT',
        ]);
        row.version++;
        return undefined;
      } catch (error) {
        return error.message;
      } finally {
        rows.give(row);
      }
    },
  };
}

/** The statements each read runs, from a tracing instance (started for this only, then stopped). */
async function traceReads(databaseUrl, seeded) {
  const port = await findFreePort();
  const tracer = startServer({ DATABASE_URL: databaseUrl, PORT: String(port), PANELIST_SQL_TRACE: 'true' });
  const url = `http://127.0.0.1:${port}`;
  try {
    await tracer.ready;
    // Twice each: the first also resolves the session.
    const trace = async (query, variables) => {
      await graphqlTraced(url, query, variables, seeded.admin);
      return (await graphqlTraced(url, query, variables, seeded.admin)).sql.statements;
    };
    const searches = [];
    for (const search of SEARCH_TERMS) searches.push(await trace(SEARCH, { search }));
    return {
      search: searches,
      board: await trace(BOARD, { id: seeded.board.openingId }),
      comparison: await trace(COMPARISON, { openingId: seeded.compared.openingId }),
    };
  } finally {
    await tracer.stop();
  }
}

/** Waits until every subscriber has heard every move made so far, or DRAIN_MS; returns how many are missing. */
async function drain(moves, heard) {
  const expected = () => moves.made * SUBSCRIBERS;
  const deadline = now() + DRAIN_MS;
  while (heard.count < expected() && now() < deadline) await sleep(50);
  return expected() - heard.count;
}

async function machine(db) {
  const cpus = os.cpus();
  const [{ server_version: postgres }] = (await db.query('SHOW server_version')).rows;
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    postgres,
  };
}

function printPhase(label, phase) {
  const { servers, postgres, loadGenerator } = phase.cpu;
  console.log(`\n${label}: ${phase.perSecond.toFixed(1)} requests/s over ${phase.seconds.toFixed(1)} s, ${phase.errors} errors`);
  console.log(
    `  CPU per request: servers ${servers.cpuMsPerRequest.toFixed(1)} ms (${servers.coresBusy.toFixed(2)} cores busy), PostgreSQL ` +
      `${postgres.cpuMsPerRequest.toFixed(1)} ms (${postgres.coresBusy.toFixed(2)}), load generator ${loadGenerator.cpuMsPerRequest.toFixed(1)} ms ` +
      `(${loadGenerator.coresBusy.toFixed(2)}); machine load average ${phase.loadAverage1m} on ${os.cpus().length} cores`,
  );
  for (const [name, op] of Object.entries(phase.operations)) {
    const { p50, p95, p99 } = op.latencyMs;
    console.log(
      `  ${name.padEnd(11)} ${op.perSecond.toFixed(1).padStart(7)}/s   p50 ${ms(p50).padStart(10)}   p95 ${ms(p95).padStart(10)}   p99 ${ms(p99).padStart(10)}   errors ${op.errors}`,
    );
    if (op.firstError) console.log(`    first error: ${op.firstError}`);
  }
}

async function main() {
  const database = await openBenchDatabase();
  const ports = [await findFreePort(), await findFreePort()];
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const servers = [];
  const db = new Client({ connectionString: database.url, options: POSTGRES_SESSION_OPTIONS });
  // As many connections as the two servers' pools together (DATABASE_POOL_SIZE, 10 each).
  const floorPool = new Pool({ connectionString: database.url, options: POSTGRES_SESSION_OPTIONS, max: 20 });
  let subscribers = [];
  try {
    // One after the other: the first applies the migrations (two at once on a fresh database would race).
    for (const port of ports) {
      servers.push(startServer({ DATABASE_URL: database.url, PORT: String(port), ALLOW_SIGNUP: 'true' }));
      await servers[servers.length - 1].ready;
    }
    await db.connect();
    const seedStarted = Date.now();
    const organization = await seedOrganization(urls[0], INTERVIEWERS);
    const drafts = await seedDraftScorecards(db, urls[1], organization, DRAFT_SCORECARDS);
    const compared = await seedScoredOpening(db, organization, COMPARED_CANDIDATES);
    await addGeneratedQuestions(db, organization, QUESTIONS);
    const board = await seedBoard(db, urls[0], organization, BOARD_APPLICATIONS);
    await db.query('VACUUM ANALYZE');
    const seeded = { admin: organization.token, drafts, compared, board };
    const counts = {
      interviewers: INTERVIEWERS,
      bankQuestions: Number((await db.query(`SELECT count(*) FROM question WHERE organization_id = $1`, [organization.org])).rows[0].count),
      boardApplications: BOARD_APPLICATIONS,
      comparedCandidates: COMPARED_CANDIDATES,
      comparedScorecards: compared.scorecards,
      draftScorecards: DRAFT_SCORECARDS,
    };
    console.log(
      `Seeded ${counts.bankQuestions.toLocaleString()} bank questions, a board of ${BOARD_APPLICATIONS.toLocaleString()} applications, ` +
        `${COMPARED_CANDIDATES} compared candidates (${compared.scorecards.toLocaleString()} scorecards), ${DRAFT_SCORECARDS} draft scorecards ` +
        `in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s.`,
    );

    const traces = await traceReads(database.url, seeded);

    // Live boards, half on each instance, counting every move they hear.
    const boardApplications = new Set(board.applications.map((application) => application.id));
    const heard = { count: 0, strangers: 0, resyncs: 0, errors: 0, firstError: null };
    subscribers = await openSubscribers(SUBSCRIBERS, (i) =>
      subscribeToBoard(
        urls[i % 2],
        seeded.admin,
        board.openingId,
        (change) => {
          if (change.kind === 'RESYNC') heard.resyncs++;
          else if (change.kind === 'MOVED' && boardApplications.has(change.applicationId)) heard.count++;
          else heard.strangers++;
        },
        (error) => {
          heard.errors++;
          heard.firstError ??= JSON.stringify(error);
        },
      ),
    );
    console.log(
      `${SUBSCRIBERS} board subscribers listening (${SUBSCRIBERS / 2} per instance); ${CONCURRENCY} clients for ${SECONDS} s per phase.`,
    );

    const moves = { made: 0 };
    const acknowledged = new Map();
    const floorMix = { ...MIX, move: 0 };
    await closedLoop(apiOperations(urls, seeded, moves, acknowledged), MIX, WARMUP_SECONDS);
    const [{ pid: backend }] = (await db.query('SELECT pg_backend_pid() AS pid')).rows;
    const postmaster = processTimes(backend).ppid;
    const measure = (run) => measuredPhase(servers, postmaster, run);
    const floor = await measure(() => closedLoop(floorOperations(floorPool, traces, drafts.floorRows), floorMix, SECONDS));
    printPhase('floor (the same statements through pg, moves left out)', floor);
    const one = await measure(() => closedLoop(apiOperations(urls.slice(0, 1), seeded, moves, acknowledged), MIX, SECONDS));
    printPhase('one instance', one);
    const both = await measure(() => closedLoop(apiOperations(urls, seeded, moves, acknowledged), MIX, SECONDS));
    printPhase('two instances, round-robin', both);

    // Each operation alone on both instances for a few seconds: the server CPU each one costs, which the mix hides.
    const alone = {};
    let aloneErrors = 0;
    for (const name of Object.keys(MIX)) {
      const phase = await measure(() =>
        closedLoop(apiOperations(urls, seeded, moves, acknowledged), { [name]: 1 }, ALONE_SECONDS, ALONE_CLIENTS),
      );
      alone[name] = {
        perSecond: phase.perSecond,
        errors: phase.errors,
        firstError: phase.operations[name].firstError,
        serverCpuMsPerRequest: phase.cpu.servers.cpuMsPerRequest,
      };
      aloneErrors += phase.errors;
      console.log(
        `${name} alone: ${phase.perSecond.toFixed(1)}/s, servers' CPU ${phase.cpu.servers.cpuMsPerRequest.toFixed(1)} ms per request, ` +
          `PostgreSQL's ${phase.cpu.postgres.cpuMsPerRequest.toFixed(1)} ms, errors ${phase.errors}`,
      );
      if (phase.errors) console.log(`  first error: ${phase.operations[name].firstError}`);
    }

    const lostChanges = await drain(moves, heard);
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    subscribers = [];

    // No lost writes: every autosaved field holds the last value its save was acknowledged with.
    const { rows } = await db.query(`SELECT id, fields FROM scorecard WHERE id = ANY($1::uuid[])`, [drafts.cards.map((card) => card.id)]);
    const stored = new Map(rows.map((row) => [row.id, row.fields]));
    let lostWrites = 0;
    for (const [key, value] of acknowledged) {
      const [id, field] = key.split('/');
      if (JSON.stringify(stored.get(id)?.[field]) !== JSON.stringify(value)) lostWrites++;
    }

    // Ratios: each operation's p50 and p99 on two instances against the floor's, and throughput against both floors.
    const operations = {};
    for (const [name, op] of Object.entries(both.operations)) {
      const floorOp = floor.operations[name];
      operations[name] = {
        twoInstances: op,
        oneInstance: one.operations[name],
        floor: floorOp ?? null,
        ratioP50: floorOp ? op.latencyMs.p50 / floorOp.latencyMs.p50 : null,
        ratioP99: floorOp ? op.latencyMs.p99 / floorOp.latencyMs.p99 : null,
        alone: alone[name],
      };
    }
    const results = {
      machine: await machine(db),
      settings: {
        seconds: SECONDS,
        aloneSeconds: ALONE_SECONDS,
        warmupSeconds: WARMUP_SECONDS,
        concurrency: CONCURRENCY,
        subscribers: SUBSCRIBERS,
        mix: MIX,
      },
      counts,
      phases: { floor, oneInstance: one, twoInstances: both },
      operations,
      throughput: {
        twoInstances: both.perSecond,
        oneInstance: one.perSecond,
        floor: floor.perSecond,
        scaleOut: both.perSecond / one.perSecond,
        ratioToFloor: both.perSecond / floor.perSecond,
      },
      errors: floor.errors + one.errors + both.errors + aloneErrors,
      subscriptions: {
        subscribers: SUBSCRIBERS,
        moves: moves.made,
        expectedDeliveries: moves.made * SUBSCRIBERS,
        received: heard.count,
        lost: lostChanges,
        resyncs: heard.resyncs,
        unexpected: heard.strangers,
        errors: heard.errors,
        firstError: heard.firstError,
      },
      lostWrites,
      checkedFields: acknowledged.size,
      targets: { errors: 0, lostWrites: 0, lostChanges: 0, subscriptionErrors: 0 },
    };
    results.pass = results.errors === 0 && lostWrites === 0 && lostChanges === 0 && heard.errors === 0;

    console.log(
      `\nthroughput: two instances ${both.perSecond.toFixed(1)}/s, one instance ${one.perSecond.toFixed(1)}/s ` +
        `(${results.throughput.scaleOut.toFixed(2)}×), floor ${floor.perSecond.toFixed(1)}/s (two instances at ${(results.throughput.ratioToFloor * 100).toFixed(0)}% of it)`,
    );
    console.log(
      `live boards: ${heard.count.toLocaleString()} of ${(moves.made * SUBSCRIBERS).toLocaleString()} changes delivered (${moves.made} moves × ${SUBSCRIBERS}), ` +
        `lost ${lostChanges}, subscription errors ${heard.errors}; lost writes ${lostWrites} of ${acknowledged.size} fields checked`,
    );
    if (heard.firstError) console.log(`first subscription error: ${heard.firstError}`);
    console.log(results.pass ? 'PASS' : 'FAIL');
    console.log(`Wrote ${writeResults('load', results)}`);
    process.exitCode = results.pass ? 0 : 1;
  } catch (error) {
    // What the servers said last usually explains a failed request better than its answer.
    for (const [i, server] of servers.entries()) console.error(`--- server ${i + 1}, last output:\n${server.output().slice(-3000)}`);
    throw error;
  } finally {
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    await Promise.all([db, floorPool].map((client) => client.end().catch(() => undefined)));
    for (const server of servers) await server.stop();
    await database.close();
  }
}

// Exits explicitly: the embedded PostgreSQL's exit hook ends the process with 0 on 'beforeExit', whatever process.exitCode says.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
