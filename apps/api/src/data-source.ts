import 'reflect-metadata';
import { join } from 'node:path';
import { createDataSourceOptions } from '@panelist/server-core';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

// Built: dist/migrations/*.js beside this file. From source (Jest): the repository's migrations/*.ts.
export const MIGRATIONS = __filename.endsWith('.ts')
  ? [join(__dirname, '..', '..', '..', 'migrations', '*.ts')]
  : [join(__dirname, 'migrations', '*.js')];

/** The standalone DataSource for the TypeORM CLI (migration:generate), compiled to dist/data-source.js. */
export default new DataSource(createDataSourceOptions(process.env.DATABASE_URL ?? '', ENTITIES, MIGRATIONS));
