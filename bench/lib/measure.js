'use strict';
const { summarize } = require('./stats');

/** Times `api` and `floor` alternately, after a warm-up, so both see the same machine at the same moment. */
async function sideBySide(iterations, api, floor, warmup = 20) {
  const apiMs = [];
  const floorMs = [];
  for (let i = 0; i < iterations + warmup; i++) {
    let t = process.hrtime.bigint();
    await api(i);
    const a = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    await floor(i);
    const f = Number(process.hrtime.bigint() - t) / 1e6;
    if (i >= warmup) {
      apiMs.push(a);
      floorMs.push(f);
    }
  }
  return { api: summarize(apiMs), floor: summarize(floorMs) };
}

/** Replays statements captured from the server (x-sql-trace) through a plain pg client, in order. */
async function replay(db, statements) {
  for (const statement of statements) await db.query(statement.text, statement.params);
}

/** Replays statements the server runs side by side (independent reads) over a pool, all at once. */
async function replayConcurrently(pool, statements) {
  await Promise.all(statements.map((statement) => pool.query(statement.text, statement.params)));
}

module.exports = { sideBySide, replay, replayConcurrently };
