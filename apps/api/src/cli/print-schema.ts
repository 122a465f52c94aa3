import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { CORE_RESOLVERS, SCHEMA_SCALARS } from '@panelist/server-core';
import { LOOPS_RESOLVERS } from '@panelist/server-loops';
import { PIPELINE_RESOLVERS } from '@panelist/server-pipeline';
import { INSIGHTS_RESOLVERS } from '@panelist/server-insights';
import { SCORECARDS_RESOLVERS } from '@panelist/server-scorecards';
import { QUESTION_BANK_RESOLVERS } from '@panelist/server-question-bank';
import { lexicographicSortSchema, printSchema } from 'graphql';

/**
 * Prints the code-first schema without a database: the admin's codegen reads the committed file.
 * `print-schema.js FILE` writes it; `print-schema.js --check FILE` fails when FILE is stale.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args[0] === '--check';
  const out = check ? args[1] : args[0];
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app
    .get(GraphQLSchemaFactory)
    .create(
      [
        ...CORE_RESOLVERS,
        ...QUESTION_BANK_RESOLVERS,
        ...LOOPS_RESOLVERS,
        ...PIPELINE_RESOLVERS,
        ...SCORECARDS_RESOLVERS,
        ...INSIGHTS_RESOLVERS,
      ],
      SCHEMA_SCALARS,
    );
  const text = `${printSchema(lexicographicSortSchema(schema))}\n`;
  await app.close();
  if (check) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error(`${out} is stale: the server's schema changed. Run npm run codegen and commit the result.`);
      process.exit(1);
    }
    console.log(`${out} matches the server's schema`);
  } else if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
