'use strict';
/**
 * Prints EXPLAIN ANALYZE of the search statements for one term against a kept benchmark database:
 *   BENCH_DATA_DIR=/path node bench/search/explain.js drift
 */
const { startEmbeddedDatabase, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { questionSearchSql } = require('@panelist/server-question-bank');
const { Client } = require('pg');

async function main() {
  const [search, offset = '0'] = process.argv.slice(2);
  const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedDatabase(process.env.BENCH_DATA_DIR ?? '.data');
  const db = new Client({ connectionString: process.env.BENCH_DATABASE_URL ?? embedded.url, options: POSTGRES_SESSION_OPTIONS });
  await db.connect();
  try {
    const [{ organization_id: org }] = (
      await db.query(`SELECT u.organization_id FROM user_account u JOIN organization o ON o.id = u.organization_id WHERE o.name = 'Bench'`)
    ).rows;
    const sql = questionSearchSql(org, { search }, 20, Number(offset));
    for (const which of ['page', 'count']) {
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql[which].text}`, sql[which].values);
      console.log(`== ${which}\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}\n`);
    }
  } finally {
    await db.end();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
