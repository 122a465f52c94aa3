import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuditResolver } from './audit/audit.resolver';
import { AuditTrail } from './audit/audit-trail';
import { ApiTokensResolver } from './auth/api-tokens.resolver';
import { ApiTokensService } from './auth/api-tokens.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { GqlAuthGuard } from './auth/gql-auth.guard';
import { LiveSockets } from './auth/live-sockets';
import { MembersResolver } from './auth/members.resolver';
import { CoreLoaderBatches } from './auth/members.loaders';
import { MembersService } from './auth/members.service';
import { SessionService } from './auth/session.service';
import { SessionStrategy } from './auth/session.strategy';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { GraphQLExceptionFilter } from './errors/graphql-exception.filter';
import { EventBus } from './events/event-bus';
import { LoaderRegistry } from './graphql/loaders';
import { SubscriptionServer } from './graphql/subscription-server';
import { Mailer } from './notifications/mailer';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { QueryLimitsPlugin } from './graphql/query-limits.plugin';
import { LoginThrottleService } from './auth/login-throttle';
import { OrganizationInitializers } from './organization/organization-initializer';
import { CandidateDataHolders } from './privacy/candidate-data';

/** Also read by the schema printer, which builds the GraphQL schema without a database. */
export const CORE_RESOLVERS = [AuthResolver, MembersResolver, ApiTokensResolver, NotificationsResolver, AuditResolver];

/** Authentication, tenancy and the shared plumbing every feature module relies on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig) {
    return {
      module: CoreModule,
      imports: [PassportModule],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        OrganizationInitializers,
        CandidateDataHolders,
        LoaderRegistry,
        EventBus,
        AuditTrail,
        LiveSockets,
        SubscriptionServer,
        QueryLimitsPlugin,
        CoreLoaderBatches,
        SessionService,
        LoginThrottleService,
        SessionStrategy,
        AuthService,
        MembersService,
        ApiTokensService,
        Mailer,
        NotificationsService,
        ...CORE_RESOLVERS,
      ],
      exports: [
        APP_CONFIG,
        OrganizationInitializers,
        CandidateDataHolders,
        LoaderRegistry,
        MembersService,
        EventBus,
        AuditTrail,
        SubscriptionServer,
        QueryLimitsPlugin,
        Mailer,
        NotificationsService,
      ],
    };
  }
}
