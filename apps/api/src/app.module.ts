import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, CoreModule, createDataSourceOptions, createGraphQLContext, formatGraphQLError, sqlTracePlugin } from '@panelist/server-core';
import { LoopsModule } from '@panelist/server-loops';
import { PipelineModule } from '@panelist/server-pipeline';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { MIGRATIONS } from './data-source';
import { ENTITIES } from './entities';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...createDataSourceOptions(databaseUrl, ENTITIES, MIGRATIONS), migrationsRun: true }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: true,
          playground: false,
          context: createGraphQLContext,
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
          // No HTTP caching of GraphQL responses here; skipping the plugin saves work on every field.
          plugins: [ApolloServerPluginCacheControlDisabled(), sqlTracePlugin],
        }),
        CoreModule.forRoot(config),
        QuestionBankModule,
        LoopsModule,
        PipelineModule,
      ],
    };
  }
}
