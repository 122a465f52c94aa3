'use strict';
/**
 * npm run bench:events — live boards across instances. Two servers on one database; 500 board subscribers
 * spread over both (nine in ten watch the opening that changes, the rest belong to another organisation
 * and watch their own); 20 moves a second for 30 seconds, made alternately through either server.
 *
 * Measured, for each change and subscriber: from the commit to the subscriber's receipt, the commit being
 * the earlier of the move's answer and a plain LISTEN connection of this process hearing the server's own
 * notification (PostgreSQL sends it at commit; both come a little after it); also from the move's request
 * (an upper bound: it adds the move's own work before its commit) and from its answer. Changes lost;
 * changes delivered to the other organisation; memory per open subscription (heap and RSS after a full GC,
 * per server); server CPU per delivered change. The floor, side by side in the same run at the same rate:
 * the same UPDATE and a pg_notify in one transaction through `pg`, received by one plain LISTEN connection
 * per server. Targets: p99 from commit to receipt < 100 ms; 0 lost; 0 delivered to the other organisation.
 */
const { Client, Pool } = require('pg');
const { findFreePort, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { startServer, openBenchDatabase, graphql } = require('../lib/server');
const { summarize, ms, writeResults } = require('../lib/stats');
const { connectInspector } = require('./server-inspector');
const { openSubscribers, subscribeToBoard } = require('../lib/subscribers');

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
/** Every tenth subscriber belongs to the other organisation. */
const isOutsider = (i) => i % 10 === 9;
const MOVES_PER_SECOND = Number(process.env.BENCH_MOVES_PER_SECOND ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const MOVES = MOVES_PER_SECOND * SECONDS;
const STAGES = 7;
// Each card visits stages 1, 2, … in turn, so a change's card and stage name its move.
const CARDS = Math.max(200, Math.ceil(MOVES / (STAGES - 1)));
/** After the last move, how long a change may still take before it counts as lost. */
const DRAIN_MS = 10_000;
const TARGET_P99_MS = 100;
const FLOOR_CHANNEL = 'bench_events_floor';

const MOVE = `mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { organization { id } } } }`;
const CREATE_OPENING = `mutation ($input: CreateOpeningInput!) { createOpening(input: $input) { id stages { id position } } }`;

const now = () => performance.now();
const sleepUntil = (at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));

/** An organisation with an opening of the default pipeline, and `cards` applications in its first stage. */
async function seedOrganization(db, url, name, cards) {
  const { signUp } = await graphql(url, SIGN_UP, {
    input: {
      organizationName: name,
      name: 'Bench',
      email: `events-${name.toLowerCase()}-${Date.now()}@example.test`,
      password: 'bench password 123',
      startEmpty: true,
    },
  });
  const { createOpening } = await graphql(url, CREATE_OPENING, { input: { title: `${name} board` } }, signUp.token);
  const stages = [...createOpening.stages].sort((a, b) => a.position - b.position).map((stage) => stage.id);
  const organizationId = signUp.user.organization.id;
  const { rows } = await db.query(
    `WITH candidates AS (
       INSERT INTO candidate (organization_id, name, email, tags)
       SELECT $1, 'Candidate ' || n, $4 || '-' || n || '@example.test', ARRAY['bench'] FROM generate_series(1, $3) n RETURNING id)
     INSERT INTO application (organization_id, candidate_id, opening_id, stage_id)
     SELECT $1, id, $2, $5 FROM candidates RETURNING id`,
    [organizationId, createOpening.id, cards, name.toLowerCase(), stages[0]],
  );
  return { token: signUp.token, organizationId, openingId: createOpening.id, stages, applications: rows.map((row) => row.id) };
}

/** Latency samples (ms), or the summary of none. */
const summaryOf = (samples) => (samples.length ? summarize(samples) : { n: 0, p50: NaN, p95: NaN, p99: NaN });

async function main() {
  const database = await openBenchDatabase();
  const [ports, inspectorPorts] = [
    [await findFreePort(), await findFreePort()],
    [await findFreePort(), await findFreePort()],
  ];
  const start = (i) =>
    startServer({ DATABASE_URL: database.url, PORT: String(ports[i]), ALLOW_SIGNUP: 'true' }, [`--inspect=127.0.0.1:${inspectorPorts[i]}`]);
  const servers = [];
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const db = new Client({ connectionString: database.url, options: POSTGRES_SESSION_OPTIONS });
  // Like the server's pool: writes that overlap each get a connection of their own.
  const floorWriters = new Pool({ connectionString: database.url, options: POSTGRES_SESSION_OPTIONS, max: 4 });
  const floorListeners = [0, 1].map(() => new Client({ connectionString: database.url }));
  // Hears the servers' own notifications as they commit: when each change committed, to within the floor.
  const commitWitness = new Client({ connectionString: database.url });
  const inspectors = [];
  let subscribers = [];
  try {
    // One after the other: the first applies the migrations (two at once on a fresh database would race).
    for (const i of [0, 1]) {
      servers.push(start(i));
      await servers[i].ready;
    }
    await Promise.all([db, commitWitness, ...floorListeners].map((client) => client.connect()));
    inspectors.push(...(await Promise.all(inspectorPorts.map(connectInspector))));

    const watched = await seedOrganization(db, urls[0], 'Acme', CARDS);
    const outsider = await seedOrganization(db, urls[1], 'Globex', 10);
    // The floor writes rows no move touches (and that send no events: plain SQL).
    const floorRows = outsider.applications;
    console.log(`Seeded ${CARDS} cards on the watched board; ${MOVES} moves planned (${MOVES_PER_SECOND}/s for ${SECONDS} s).`);

    // The first sockets load code and warm caches: memory is compared from after them.
    const warm = await openSubscribers(20, (i) =>
      subscribeToBoard(
        urls[i % 2],
        watched.token,
        watched.openingId,
        () => undefined,
        () => undefined,
      ),
    );
    await Promise.all(warm.map((subscriber) => subscriber.close()));
    const before = await Promise.all(inspectors.map((inspector) => inspector.memory()));

    const sentAt = new Map();
    const answeredAt = new Map();
    const committedAt = new Map();
    commitWitness.on('notification', ({ payload }) => {
      const event = JSON.parse(payload);
      if (event.topic === 'board.changed') committedAt.set(`${event.applicationId}>${event.toStageId}`, now());
    });
    await commitWitness.query('LISTEN panelist_events');
    /** [change key, moment received] of every change a watching subscriber received once. */
    const receipts = [];
    const deliveredBy = [0, 0];
    const received = [];
    const counts = { leaked: 0, duplicates: 0, resyncs: 0, errors: 0, unknown: 0 };
    let firstError;
    const onError = (error) => {
      counts.errors++;
      firstError ??= JSON.stringify(error);
    };
    const keyOf = (change) => `${change.applicationId}>${change.toStageId}`;
    const onOutsiderChange = (change) => {
      if (change.kind === 'RESYNC') counts.resyncs++;
      else counts.leaked++;
    };
    const started = now();
    subscribers = await openSubscribers(SUBSCRIBERS, (i) => {
      const server = i % 2;
      if (isOutsider(i)) return subscribeToBoard(urls[server], outsider.token, outsider.openingId, onOutsiderChange, onError);
      const seen = new Set();
      received.push(seen);
      return subscribeToBoard(
        urls[server],
        watched.token,
        watched.openingId,
        (change, at) => {
          if (change.kind === 'RESYNC') return counts.resyncs++;
          if (change.openingId !== watched.openingId) return counts.leaked++;
          const key = keyOf(change);
          if (!sentAt.has(key)) return counts.unknown++;
          if (seen.has(key)) return counts.duplicates++;
          seen.add(key);
          receipts.push([key, at]);
          deliveredBy[server]++;
        },
        onError,
      );
    });
    console.log(
      `${subscribers.length} subscribers listening (${received.length} on the watched board, ${subscribers.length - received.length} of the other organisation) in ${((now() - started) / 1000).toFixed(1)} s.`,
    );
    const after = await Promise.all(inspectors.map((inspector) => inspector.memory()));
    const perServer = [0, 1].map((server) => Math.ceil((SUBSCRIBERS - server) / 2));
    const memory = perServer.map((subscriptions, i) => ({
      server: i + 1,
      subscriptions,
      heapKBPerSubscription: (after[i].heapUsed - before[i].heapUsed) / subscriptions / 1024,
      rssKBPerSubscription: (after[i].rss - before[i].rss) / subscriptions / 1024,
      heapMBBefore: before[i].heapUsed / 2 ** 20,
      heapMBAfter: after[i].heapUsed / 2 ** 20,
      rssMBBefore: before[i].rss / 2 ** 20,
      rssMBAfter: after[i].rss / 2 ** 20,
    }));

    // The floor: one plain LISTEN connection per server, fed by the same write and notify in one transaction.
    const floorSentAt = new Map();
    const floorCommittedAt = new Map();
    const floorFromStart = [];
    const floorFromCommit = [];
    for (const listener of floorListeners) {
      listener.on('notification', ({ payload }) => {
        const at = now();
        floorFromStart.push(at - floorSentAt.get(payload));
        floorFromCommit.push(at - floorCommittedAt.get(payload));
      });
      await listener.query(`LISTEN ${FLOOR_CHANNEL}`);
    }
    const floorWrite = async (k) => {
      const key = `floor-${k}`;
      floorSentAt.set(key, now());
      const writer = await floorWriters.connect();
      try {
        await writer.query('BEGIN');
        await writer.query(`UPDATE application SET stage_id = $2, stage_entered_at = now() WHERE id = $1`, [
          floorRows[k % floorRows.length],
          outsider.stages[k % STAGES],
        ]);
        await writer.query(`SELECT pg_notify($1, $2)`, [FLOOR_CHANNEL, key]);
        floorCommittedAt.set(key, now());
        await writer.query('COMMIT');
      } finally {
        writer.release();
      }
    };

    const moveRoundTrips = [];
    let failedMoves = 0;
    const move = async (k) => {
      const card = k % CARDS;
      const visit = Math.floor(k / CARDS);
      const applicationId = watched.applications[card];
      const stageId = watched.stages[(visit + 1) % STAGES];
      const key = `${applicationId}>${stageId}`;
      const sent = now();
      sentAt.set(key, sent);
      try {
        await graphql(urls[k % 2], MOVE, { input: { applicationId, stageId } }, watched.token);
        answeredAt.set(key, now());
        moveRoundTrips.push(now() - sent);
      } catch (error) {
        failedMoves++;
        sentAt.delete(key);
        console.error(`move ${k} failed: ${error.message}`);
      }
    };

    const interval = 1000 / MOVES_PER_SECOND;
    const cpuBefore = await Promise.all(inspectors.map((inspector) => inspector.cpuMs()));
    const generatorCpuBefore = process.cpuUsage();
    const runStarted = now();
    const writes = [];
    for (let k = 0; k < MOVES; k++) {
      await sleepUntil(runStarted + k * interval);
      writes.push(move(k));
      await sleepUntil(runStarted + (k + 0.5) * interval);
      writes.push(floorWrite(k).catch((error) => console.error(`floor write ${k} failed: ${error.message}`)));
    }
    await Promise.all(writes);
    const ranFor = (now() - runStarted) / 1000;
    const cpuAfter = await Promise.all(inspectors.map((inspector) => inspector.cpuMs()));
    const generatorCpu = process.cpuUsage(generatorCpuBefore);
    const expected = received.length * (MOVES - failedMoves);
    const drainUntil = now() + DRAIN_MS;
    while (receipts.length < expected && now() < drainUntil) await sleepUntil(now() + 50);
    const lost = expected - receipts.length;
    const fromRequest = receipts.map(([key, at]) => at - sentAt.get(key));
    // Negative when the change arrived before the move's own answer.
    const fromAnswer = receipts.map(([key, at]) => at - answeredAt.get(key));
    // Commit happened before both the plain listener heard it and the move was answered: the earlier of the two.
    const fromCommit = receipts.map(([key, at]) => at - Math.min(committedAt.get(key) ?? Infinity, answeredAt.get(key)));

    const results = {
      subscribers: { total: subscribers.length, watching: received.length, outsiders: subscribers.length - received.length, perServer },
      moves: { planned: MOVES, made: MOVES - failedMoves, failed: failedMoves, perSecond: MOVES_PER_SECOND, seconds: ranFor },
      deliveries: { expected, received: fromRequest.length, lost, duplicates: counts.duplicates, leakedToOtherOrganization: counts.leaked },
      resyncsDuringRun: counts.resyncs,
      subscriptionErrors: counts.errors,
      firstSubscriptionError: firstError ?? null,
      unknownChanges: counts.unknown,
      latencyMs: {
        fromMoveRequest: summaryOf(fromRequest),
        fromCommit: summaryOf(fromCommit),
        fromMoveAnswer: summaryOf(fromAnswer),
        moveRoundTrip: summaryOf(moveRoundTrips),
        floorFromTransactionStart: summaryOf(floorFromStart),
        floorFromCommit: summaryOf(floorFromCommit),
      },
      memory,
      // Everything a server did during the moves (its moves, the fan-out, health checks), per second and per change it delivered.
      serverCpu: cpuAfter.map((after, i) => ({
        server: i + 1,
        coresBusy: (after - cpuBefore[i]) / 1000 / ranFor,
        microsecondsPerDelivery: ((after - cpuBefore[i]) * 1000) / deliveredBy[i],
      })),
      // The subscribers and moves' own process: near 1 core, it (not the servers) would be what is measured.
      loadGeneratorCoresBusy: (generatorCpu.user + generatorCpu.system) / 1e6 / ranFor,
      targets: { p99Ms: TARGET_P99_MS, lost: 0, leaked: 0 },
    };
    const latency = results.latencyMs;
    // Like for like: the floor from its COMMIT to its LISTEN receipt, the servers from their commit to the subscriber.
    results.ratioP99 = latency.fromCommit.p99 / latency.floorFromCommit.p99;
    results.pass = latency.fromCommit.p99 < TARGET_P99_MS && lost === 0 && counts.leaked === 0 && failedMoves === 0;

    const row = (name, summary) =>
      `${name.padEnd(44)} p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}  p99 ${ms(summary.p99)}  (n ${summary.n.toLocaleString()})`;
    console.log(row('move request -> subscriber receipt', latency.fromMoveRequest));
    console.log(row('commit -> subscriber receipt', latency.fromCommit));
    console.log(row('move answer -> subscriber receipt', latency.fromMoveAnswer));
    console.log(row('move round trip', latency.moveRoundTrip));
    console.log(row('floor: pg transaction start -> LISTEN receipt', latency.floorFromTransactionStart));
    console.log(row('floor: pg COMMIT sent -> LISTEN receipt', latency.floorFromCommit));
    console.log(
      `commit -> receipt p99 against the floor's COMMIT -> LISTEN p99: ${results.ratioP99.toFixed(2)}×   target p99 < ${TARGET_P99_MS} ms`,
    );
    console.log(
      `deliveries: ${fromRequest.length.toLocaleString()} of ${expected.toLocaleString()}; lost ${lost}; duplicates ${counts.duplicates}; to the other organisation ${counts.leaked}; RESYNCs during the run ${counts.resyncs}; errors ${counts.errors}`,
    );
    for (const m of memory) {
      console.log(
        `server ${m.server}: ${m.subscriptions} subscriptions, ${m.heapKBPerSubscription.toFixed(1)} kB heap and ${m.rssKBPerSubscription.toFixed(1)} kB RSS each (heap ${m.heapMBBefore.toFixed(1)} -> ${m.heapMBAfter.toFixed(1)} MB, RSS ${m.rssMBBefore.toFixed(1)} -> ${m.rssMBAfter.toFixed(1)} MB)`,
      );
    }
    for (const cpu of results.serverCpu) {
      console.log(
        `server ${cpu.server}: ${cpu.coresBusy.toFixed(2)} cores busy during the moves, ${cpu.microsecondsPerDelivery.toFixed(0)} µs of CPU per change delivered`,
      );
    }
    console.log(`load generator: ${results.loadGeneratorCoresBusy.toFixed(2)} cores busy during the moves`);
    if (firstError) console.log(`first subscription error: ${firstError}`);
    console.log(results.pass ? 'PASS' : 'FAIL');
    writeResults('events', results);
    process.exitCode = results.pass ? 0 : 1;
  } finally {
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    for (const inspector of inspectors) inspector.close();
    await Promise.all([db, floorWriters, commitWitness, ...floorListeners].map((client) => client.end().catch(() => undefined)));
    await Promise.all(servers.map((server) => server.stop()));
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
