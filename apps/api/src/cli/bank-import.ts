import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { EmbeddedDatabase, loadConfig, Organization, startEmbeddedDatabase } from '@panelist/server-core';
import { BankTransferService } from '@panelist/server-question-bank';
import { SingleBar } from 'cli-progress';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';

const USAGE = `usage: npm run bank:import -- <file.md> [--organization <name or id>] [--dry-run]

Imports a Markdown question bank into one organisation, in one transaction (all or nothing).
Uses DATABASE_URL, or the embedded database in DATA_DIR (default ./.data) when Panelist is not running.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { organization: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = resolve(positionals[0]);
  const markdown = readFileSync(file, 'utf8');

  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir).catch((error: Error) => {
      throw new Error(
        `Could not start the embedded database in ${config.dataDir} (is Panelist running? stop it, or set DATABASE_URL): ${error.message}`,
      );
    });
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, config.databaseUrl ?? embedded!.url), {
    logger: ['error'],
  });
  try {
    const organizationId = await findOrganization(app.get(DataSource), values.organization);
    const bar = new SingleBar({ format: 'Importing {bar} {value}/{total} questions', hideCursor: true });
    let started = false;
    const result = await app.get(BankTransferService).import(organizationId, markdown, {
      dryRun: values['dry-run'],
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar.stop();
    console.log(`${result.dryRun ? 'Dry run (nothing written)' : 'Imported'} ${file}:
  categories created      ${result.categoriesCreated}
  questions created       ${result.questionsCreated}
  questions updated       ${result.questionsUpdated}
  questions unchanged     ${result.questionsUnchanged}
  talking points created  ${result.talkingPointsCreated}
  lines skipped           ${result.skipped.length}`);
    for (const skipped of result.skipped) console.log(`    line ${skipped.line}: ${skipped.reason}`);
    return 0;
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

async function findOrganization(dataSource: DataSource, wanted: string | undefined): Promise<string> {
  const organizations = await dataSource.getRepository(Organization).find({ order: { createdAt: 'ASC' } });
  const matches = wanted
    ? organizations.filter((org) => org.id === wanted || org.name.toLowerCase() === wanted.toLowerCase())
    : organizations;
  if (matches.length === 1) return matches[0].id;
  const list = organizations.map((org) => `  ${org.id}  ${org.name}`).join('\n') || '  (none: open Panelist and create one first)';
  throw new Error(
    `${wanted ? `No single organisation matches "${wanted}"` : 'Several organisations exist: choose one with --organization'}. Organisations:\n${list}`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
