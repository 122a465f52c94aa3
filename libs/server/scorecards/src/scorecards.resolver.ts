import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CoreLoaders, CurrentUser, IdArg, Loaders, RequestLoaders, User } from '@panelist/server-core';
import { AmendScorecardInput, SaveScorecardInput, SubmitScorecardInput } from './dtos/scorecard.input';
import { Amendment, ScorecardView } from './scorecard.types';
import { ScorecardsLoaders } from './scorecards.loaders';
import { ScorecardsService } from './scorecards.service';

/** A panelist's own scorecard: open, save as they go, submit, amend. Nobody writes another's. */
@Resolver(() => ScorecardView)
export class ScorecardsResolver {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Query(() => ScorecardView, { description: 'Your scorecard for an interview you are on (made empty on first open)' })
  myScorecard(@CurrentUser() user: AuthUser, @IdArg('interviewId') interviewId: string): Promise<ScorecardView> {
    return this.scorecards.mine(user, interviewId);
  }

  @Mutation(() => ScorecardView, {
    description: 'Saves the fields given, based on `version`: edits to other fields merge; CONFLICT when the same field changed since',
  })
  saveScorecard(@CurrentUser() user: AuthUser, @Args('input') input: SaveScorecardInput): Promise<ScorecardView> {
    return this.scorecards.save(user, input);
  }

  @Mutation(() => ScorecardView, { description: 'Freezes it: needs a recommendation and every focus category rated' })
  submitScorecard(@CurrentUser() user: AuthUser, @Args('input') input: SubmitScorecardInput): Promise<ScorecardView> {
    return this.scorecards.submit(user, input);
  }

  @Mutation(() => ScorecardView, { description: 'Changes a submitted scorecard; the amendment keeps who, when, what and why' })
  amendScorecard(@CurrentUser() user: AuthUser, @Args('input') input: AmendScorecardInput): Promise<ScorecardView> {
    return this.scorecards.amend(user, input);
  }

  @ResolveField(() => User, { nullable: true })
  async panelist(@Parent() scorecard: ScorecardView, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    const member = await loaders.get(CoreLoaders.member).load(scorecard.panelistId);
    return member instanceof Error ? null : member;
  }

  @ResolveField(() => [Amendment], { description: 'Changes made after submission, oldest first' })
  amendments(@Parent() scorecard: ScorecardView, @Loaders() loaders: RequestLoaders): Promise<Amendment[]> {
    return loaders.get(ScorecardsLoaders.amendments).load(scorecard.id);
  }
}

@Resolver(() => Amendment)
export class AmendmentResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who amended it' })
  async author(@Parent() amendment: Amendment, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return (
      (await loaders
        .get(CoreLoaders.member)
        .load(amendment.authorId)
        .catch(() => null)) ?? null
    );
  }
}
