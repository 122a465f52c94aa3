import { DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { applyMigrations } from './apply-migrations';
import { createDataSourceOptions } from './data-source-options';
import { DatabaseHealth } from './database-health';
import { databaseTimeouts } from './database-timeouts';

/** The server's connection to PostgreSQL (migrations applied at start) and the health monitor its pool follows. */
@Module({})
export class DatabaseModule {
  static forRoot(url: string, entities: DataSourceOptions['entities'], migrations: DataSourceOptions['migrations']): DynamicModule {
    const health = new DatabaseHealth(url, databaseTimeouts());
    const logger = new Logger('Database');
    const options = createDataSourceOptions(url, entities, migrations, health);
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => options,
          dataSourceFactory: async () => {
            const dataSource = await new DataSource(options).initialize();
            await applyMigrations(dataSource, logger);
            return dataSource;
          },
        }),
      ],
      providers: [{ provide: DatabaseHealth, useValue: health }],
      exports: [DatabaseHealth],
    };
  }
}
