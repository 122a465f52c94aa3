import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentOrganizationId, Roles } from '../auth/auth.decorators';
import { CoreLoaders } from '../auth/members.loaders';
import { RoleGroup } from '../auth/role.enum';
import { User } from '../auth/user.entity';
import { Loaders } from '../graphql/graphql-context';
import { RequestLoaders } from '../graphql/loaders';
import { Connection, ConnectionType } from '../pagination/connection.types';
import { PageArgs } from '../pagination/dtos/page.args';
import { AuditEvent } from './audit-event.entity';
import { AuditTrail } from './audit-trail';
import { AuditEventFilter } from './dtos/audit-filter.input';

const AuditEventConnection = ConnectionType(AuditEvent);

/** The organisation's audit trail, for its admins only. */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditTrail) {}

  @Roles(RoleGroup.ADMINS)
  @Query(() => AuditEventConnection, { description: 'Every recorded change in the organisation, newest first' })
  auditEvents(
    @CurrentOrganizationId() organizationId: string,
    @Args() { first, after }: PageArgs,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
  ): Promise<Connection<AuditEvent>> {
    return this.audit.page(organizationId, filter ?? {}, first, after);
  }

  @Roles(RoleGroup.ADMINS)
  @Query(() => String, { description: 'The matching events as CSV, newest first, at most 10,000 (narrow by date for older ones)' })
  auditEventsCsv(
    @CurrentOrganizationId() organizationId: string,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
  ): Promise<string> {
    return this.audit.csv(organizationId, filter ?? {});
  }

  @ResolveField(() => User, { nullable: true, description: 'Who made the change; null when no signed-in member did' })
  async actor(@Parent() event: AuditEvent, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    if (!event.actorId) return null;
    return loaders
      .get(CoreLoaders.member)
      .load(event.actorId)
      .catch(() => null);
  }
}
