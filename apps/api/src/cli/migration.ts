import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import dataSource from '../data-source';
import { withTemporaryDatabase } from './temporary-database';

/**
 * `generate <Name>`: writes migrations/<timestamp>-<Name>.ts with what the entities need beyond the
 * existing migrations. `check`: exits 1 when that file would not be empty (entities and migrations disagree).
 * Both run against a fresh embedded PostgreSQL, so a developer's data never shapes a migration.
 */
async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'check' && !(command === 'generate' && name && /^[A-Za-z][A-Za-z0-9]*$/.test(name))) {
    console.error('usage: npm run migration:generate -- CamelCaseName   |   npm run migration:check');
    return 2;
  }
  return withTemporaryDatabase(async (url) => {
    const source = new DataSource({ ...dataSource.options, url } as typeof dataSource.options);
    await source.initialize();
    await source.runMigrations();
    await source.destroy();
    const root = resolve(__dirname, '..', '..', '..', '..');
    const args = [require.resolve('typeorm/cli.js'), 'migration:generate', '-d', join(__dirname, '..', 'data-source.js'), '--pretty'];
    args.push(...(command === 'check' ? ['--check', join(root, 'migrations', 'Check')] : [join(root, 'migrations', name)]));
    const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
    if (command === 'check')
      console.log(
        result.status === 0
          ? 'migration:check: entities and migrations agree'
          : 'migration:check: entities and migrations disagree: run npm run migration:generate -- Name',
      );
    return result.status ?? 1;
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
