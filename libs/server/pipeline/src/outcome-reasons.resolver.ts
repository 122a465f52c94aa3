import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, Loaders, RequestLoaders, RoleGroup, Roles } from '@panelist/server-core';
import { Application } from './application.entity';
import { AddOutcomeReasonInput, UpdateOutcomeReasonInput } from './dtos/pipeline.input';
import { OutcomeKind, OutcomeReason } from './outcome-reason.entity';
import { OutcomeReasonsService } from './outcome-reasons.service';
import { PipelineLoaders } from './pipeline.loaders';

@Resolver(() => OutcomeReason)
export class OutcomeReasonsResolver {
  constructor(private readonly reasons: OutcomeReasonsService) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [OutcomeReason], { description: 'The organisation’s reasons for rejections and withdrawals, in list order' })
  outcomeReasons(
    @CurrentOrganizationId() organizationId: string,
    @Args('kind', { type: () => OutcomeKind, nullable: true }) kind?: OutcomeKind,
    @Args('includeArchived', { nullable: true, defaultValue: false }) includeArchived?: boolean,
  ): Promise<OutcomeReason[]> {
    return this.reasons.list(organizationId, kind, includeArchived);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => OutcomeReason, { description: 'Adds a reason to the end of its list (or brings back an archived one of that name)' })
  addOutcomeReason(@CurrentUser() user: AuthUser, @Args('input') input: AddOutcomeReasonInput): Promise<OutcomeReason> {
    return this.reasons.add(user, input.kind, input.label);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => OutcomeReason, { description: 'Renames or archives a reason; applications that used it keep it' })
  updateOutcomeReason(@CurrentUser() user: AuthUser, @Args('input') input: UpdateOutcomeReasonInput): Promise<OutcomeReason> {
    return this.reasons.update(user, input.id, { label: input.label, archived: input.archived });
  }
}

@Resolver(() => Application)
export class ApplicationOutcomeResolver {
  @ResolveField(() => OutcomeReason, { nullable: true, description: 'The organisation’s reason it left the pipeline, when one was chosen' })
  outcomeReasonChoice(@Parent() application: Application, @Loaders() loaders: RequestLoaders): Promise<OutcomeReason> | null {
    return application.outcomeReasonId ? loaders.get(PipelineLoaders.outcomeReason).load(application.outcomeReasonId) : null;
  }
}
