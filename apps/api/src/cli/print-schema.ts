import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { CORE_RESOLVERS } from '@panelist/server-core';
import { QUESTION_BANK_RESOLVERS } from '@panelist/server-question-bank';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Prints the code-first schema without a database: the admin's codegen reads the committed file. */
async function main(): Promise<void> {
  const [out] = process.argv.slice(2);
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create([...CORE_RESOLVERS, ...QUESTION_BANK_RESOLVERS]);
  const text = `${printSchema(lexicographicSortSchema(schema))}\n`;
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  await app.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
