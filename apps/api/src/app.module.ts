import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, CoreModule, createDataSourceOptions, createGraphQLContext, formatGraphQLError } from '@panelist/server-core';
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
        }),
        CoreModule.forRoot(config),
        QuestionBankModule,
      ],
    };
  }
}
