import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AppConfig,
  CoreModule,
  DatabaseModule,
  formatGraphQLError,
  graphQLContextFactory,
  HealthModule,
  legacyJsonStatusPlugin,
  LoaderRegistry,
  MAX_TOKENS,
  QueryLimitsPlugin,
  SCHEMA_SCALARS,
  sqlTracePlugin,
  SubscriptionServer,
} from '@panelist/server-core';
import { InsightsModule } from '@panelist/server-insights';
import { LoopsModule } from '@panelist/server-loops';
import { PipelineModule } from '@panelist/server-pipeline';
import { QuestionBankModule } from '@panelist/server-question-bank';
import { ScorecardsModule } from '@panelist/server-scorecards';
import { MIGRATIONS } from './data-source';
import { ENTITIES } from './entities';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(databaseUrl, ENTITIES, MIGRATIONS),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // Core's loader registry (a global provider) gives every request its own loaders; its subscription
          // server authenticates graphql-ws sockets on the same path.
          inject: [LoaderRegistry, SubscriptionServer, QueryLimitsPlugin],
          useFactory: (loaders: LoaderRegistry, subscriptionServer: SubscriptionServer, limits: QueryLimitsPlugin) => ({
            path: '/graphql',
            autoSchemaFile: true,
            buildSchemaOptions: SCHEMA_SCALARS,
            sortSchema: true,
            introspection: config.introspection,
            // Without introspection, "did you mean …" hints in errors would describe the schema all the same.
            hideSchemaDetailsFromClientErrors: !config.introspection,
            parseOptions: { maxTokens: MAX_TOKENS },
            playground: false,
            context: graphQLContextFactory(loaders),
            subscriptions: { 'graphql-ws': subscriptionServer.options() },
            formatError: formatGraphQLError,
            includeStacktraceInErrorResponses: false,
            // Compact JSON: Apollo pretty-prints by default, which costs a large answer (a comparison) a fifth of its time.
            stringifyResult: (result) => JSON.stringify(result),
            // No HTTP caching of GraphQL responses here; skipping the plugin saves work on every field.
            plugins: [ApolloServerPluginCacheControlDisabled(), sqlTracePlugin, limits.plugin(), legacyJsonStatusPlugin],
          }),
        }),
        CoreModule.forRoot(config),
        HealthModule,
        QuestionBankModule,
        LoopsModule,
        PipelineModule,
        ScorecardsModule,
        InsightsModule,
      ],
    };
  }
}
