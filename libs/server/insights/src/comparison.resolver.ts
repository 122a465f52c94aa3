import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CoreLoaders, CurrentUser, IdArg, Loaders, RequestLoaders, RoleGroup, Roles, User } from '@panelist/server-core';
import { ID } from '@nestjs/graphql';
import { ComparisonCsv } from './comparison-csv';
import { ComparisonService } from './comparison.service';
import { ComparisonFilter, WeightsInput } from './dtos/insights.input';
import { Comparison, GridRating, QuestionGrid } from './insights.types';
import { QuestionGridService } from './question-grid.service';

/**
 * Comparison, grid and CSV are open to every member but show only the candidates they may see: nobody sees a
 * candidate they still owe a scorecard for, and interviewers see only candidates they interviewed.
 */
@Resolver(() => Comparison)
export class ComparisonResolver {
  constructor(
    private readonly comparisons: ComparisonService,
    private readonly grids: QuestionGridService,
    private readonly csv: ComparisonCsv,
  ) {}

  @Query(() => Comparison, {
    description: 'An opening’s candidates side by side, from submitted scorecards; a constant number of statements',
  })
  comparison(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('filter', { nullable: true }) filter?: ComparisonFilter,
  ): Promise<Comparison> {
    return this.comparisons.comparison(user, openingId, filter ?? {});
  }

  @Query(() => QuestionGrid, { description: 'The same questions across up to 20 candidates of an opening' })
  questionGrid(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('applicationIds', { type: () => [ID] }) applicationIds: string[],
  ): Promise<QuestionGrid> {
    return this.grids.grid(user, openingId, applicationIds);
  }

  @Query(() => String, { description: 'The comparison as CSV (RFC 4180), one row per candidate' })
  comparisonCsv(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Args('filter', { nullable: true }) filter?: ComparisonFilter,
  ): Promise<string> {
    return this.csv.of(user, openingId, filter ?? {});
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Comparison, { description: 'Sets how the overall score weighs the focus categories, with the rationale' })
  async setComparisonWeights(@CurrentUser() user: AuthUser, @Args('input') input: WeightsInput): Promise<Comparison> {
    await this.comparisons.setWeights(user, input);
    return this.comparisons.comparison(user, input.openingId);
  }
}

@Resolver(() => GridRating)
export class GridRatingResolver {
  @ResolveField(() => User, { nullable: true })
  async panelist(@Parent() rating: GridRating, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return (
      (await loaders
        .get(CoreLoaders.member)
        .load(rating.panelistId)
        .catch(() => null)) ?? null
    );
  }
}
