import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, RoleGroup, Roles } from '@panelist/server-core';
import { RetentionPolicy } from './retention-policy.entity';
import { RetentionService } from './retention.service';
import { RetentionPreview } from './retention.types';

/** Admins set how long candidates' personal data is kept, preview who is due, and run it at once. */
@Resolver(() => RetentionPolicy)
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Roles(RoleGroup.ADMINS)
  @Query(() => RetentionPolicy)
  retentionPolicy(@CurrentOrganizationId() organizationId: string): Promise<RetentionPolicy> {
    return this.retention.policy(organizationId);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => RetentionPolicy, { description: 'Days from 30 to 3650, or null to keep candidates until erased by hand' })
  setRetentionPolicy(
    @CurrentUser() user: AuthUser,
    @Args('days', { type: () => Int, nullable: true }) days: number | null,
  ): Promise<RetentionPolicy> {
    return this.retention.setPolicy(user, days ?? null);
  }

  @Roles(RoleGroup.ADMINS)
  @Query(() => RetentionPreview, { description: 'Who the policy would anonymise if it ran now' })
  retentionPreview(@CurrentOrganizationId() organizationId: string): Promise<RetentionPreview> {
    return this.retention.preview(organizationId);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => Int, { description: 'Anonymises everyone the policy makes due, now; answers how many' })
  applyRetention(@CurrentUser() user: AuthUser): Promise<number> {
    return this.retention.applyNow(user);
  }
}
