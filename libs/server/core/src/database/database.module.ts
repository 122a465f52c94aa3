import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';
import { DatabaseHealth } from './database-health';
import { databaseTimeouts } from './database-timeouts';

/** The server's connection to PostgreSQL (migrations run at start) and the health monitor its pool follows. */
@Module({})
export class DatabaseModule {
  static forRoot(url: string, entities: DataSourceOptions['entities'], migrations: DataSourceOptions['migrations']): DynamicModule {
    const health = new DatabaseHealth(url, databaseTimeouts());
    return {
      module: DatabaseModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...createDataSourceOptions(url, entities, migrations, health), migrationsRun: true })],
      providers: [{ provide: DatabaseHealth, useValue: health }],
      exports: [DatabaseHealth],
    };
  }
}
