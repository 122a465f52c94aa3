import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CoreLoaders, CurrentUser, IdArg, Loaders, RequestLoaders, RoleGroup, Roles, User } from '@panelist/server-core';
import { Application, ApplicationsService, BoardCard } from '@panelist/server-pipeline';
import { CandidateVisibility } from './candidate-visibility';
import { ComparisonService } from './comparison.service';
import { Decision } from './decision.entity';
import { DecisionsService } from './decisions.service';
import { RecordDecisionInput, ReverseDecisionInput, SaveDebriefNoteInput } from './dtos/insights.input';
import { InsightsLoaders } from './insights.loaders';
import { ComparisonRow, Debrief, DebriefNoteView } from './insights.types';

const memberOrNull = async (loaders: RequestLoaders, id: string | null): Promise<User | null> => {
  if (!id) return null;
  const member = await loaders
    .get(CoreLoaders.member)
    .load(id)
    .catch(() => null);
  return member ?? null;
};

@Resolver(() => Decision)
export class DecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly comparisons: ComparisonService,
    private readonly applications: ApplicationsService,
    private readonly visibility: CandidateVisibility,
  ) {}

  @Query(() => Debrief, { description: 'Open to the hiring team and to interviewers of the candidate, once they have submitted' })
  async debrief(
    @CurrentUser() user: AuthUser,
    @IdArg('applicationId') applicationId: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Debrief> {
    const application = await this.applications.get(user.organizationId, applicationId);
    (await this.visibility.of(user, application.openingId)).assert(application.id, 'applicationId');
    const [comparison, note, decisions] = await Promise.all([
      this.comparisons.comparison(user, application.openingId, { applicationIds: [application.id] }),
      this.decisions.note(user.organizationId, application.id),
      loaders.get(InsightsLoaders.decisionHistory).load(application.id),
    ]);
    const view: DebriefNoteView = {
      body: note.body,
      version: note.version,
      updatedBy: await memberOrNull(loaders, note.updatedById),
      updatedAt: note.version > 0 ? note.updatedAt : null,
    };
    return { application, scores: comparison.rows[0], weights: comparison.weights, note: view, decisions };
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Decision, { description: 'Records ADVANCE, HIRE or REJECT with a reason and moves the application to match' })
  recordDecision(@CurrentUser() user: AuthUser, @Args('input') input: RecordDecisionInput): Promise<Decision> {
    return this.decisions.record(user, input);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => Decision, { description: 'Reverses the standing decision with a reason and undoes its move; both stay on record' })
  reverseDecision(@CurrentUser() user: AuthUser, @Args('input') input: ReverseDecisionInput): Promise<Decision> {
    return this.decisions.reverse(user, input.decisionId, input.reason);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Mutation(() => DebriefNoteView, { description: 'Saves the debrief’s discussion note from `version`; CONFLICT when someone saved since' })
  async saveDebriefNote(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SaveDebriefNoteInput,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DebriefNoteView> {
    const note = await this.decisions.saveNote(user, input.applicationId, input.body, input.version);
    return { body: note.body, version: note.version, updatedBy: await memberOrNull(loaders, note.updatedById), updatedAt: note.updatedAt };
  }

  @ResolveField(() => User, { nullable: true })
  decidedBy(@Parent() decision: Decision, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return memberOrNull(loaders, decision.decidedById);
  }

  @ResolveField(() => User, { nullable: true })
  reversedBy(@Parent() decision: Decision, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return memberOrNull(loaders, decision.reversedById);
  }
}

@Resolver(() => BoardCard)
export class BoardCardDecisionResolver {
  @ResolveField(() => Decision, { nullable: true, description: 'The standing decision, once decided' })
  decision(@Parent() card: BoardCard, @Loaders() loaders: RequestLoaders): Promise<Decision | null> {
    return loaders.get(InsightsLoaders.standingDecision).load(card.id);
  }
}

@Resolver(() => ComparisonRow)
export class ComparisonRowDecisionResolver {
  @ResolveField(() => Decision, { nullable: true, description: 'The standing decision, if any' })
  decision(@Parent() row: ComparisonRow, @Loaders() loaders: RequestLoaders): Promise<Decision | null> {
    return loaders.get(InsightsLoaders.standingDecision).load(row.application.id);
  }
}

@Resolver(() => Application)
export class ApplicationDecisionResolver {
  @ResolveField(() => Decision, { nullable: true, description: 'The standing decision, once decided' })
  decision(@Parent() application: Application, @Loaders() loaders: RequestLoaders): Promise<Decision | null> {
    return loaders.get(InsightsLoaders.standingDecision).load(application.id);
  }
}
