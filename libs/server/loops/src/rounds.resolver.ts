import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, IdArg, Loaders, RequestLoaders, RoleGroup, Roles } from '@panelist/server-core';
import { Category, Question, QuestionBankLoaders } from '@panelist/server-question-bank';
import { ProposeRoundQuestionsInput, RoundInput, SwapQuestionCandidatesInput } from './dtos/round.input';
import { LoopService } from './loop.service';
import { loadStage, LoopsLoaders } from './loops.loaders';
import { RoundProposal } from './proposal.types';
import { ProposalService } from './proposal.service';
import { Round } from './round.entity';
import { Stage } from './stage.entity';

@Resolver(() => Round)
export class RoundsResolver {
  constructor(
    private readonly loop: LoopService,
    private readonly proposals: ProposalService,
  ) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => RoundProposal, { description: 'Proposes questions for a round; nothing is saved' })
  proposeRoundQuestions(
    @CurrentOrganizationId() organizationId: string,
    @Args('input') input: ProposeRoundQuestionsInput,
  ): Promise<RoundProposal> {
    return this.proposals.propose(organizationId, input);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [Question], { description: 'Questions that could replace one of a round’s questions, best fit first; nothing is saved' })
  swapQuestionCandidates(
    @CurrentOrganizationId() organizationId: string,
    @Args('input') input: SwapQuestionCandidatesInput,
  ): Promise<Question[]> {
    return this.proposals.swapCandidates(organizationId, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Round)
  addRound(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: RoundInput): Promise<Round> {
    return this.loop.addRound(user, openingId, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Round, { description: 'Changes a round; questionIds (with lockedQuestionIds) replaces its questions in order' })
  updateRound(@CurrentUser() user: AuthUser, @IdArg('roundId') roundId: string, @Args('input') input: RoundInput): Promise<Round> {
    return this.loop.updateRound(user, roundId, input);
  }

  @Roles(RoleGroup.MANAGERS)
  @Mutation(() => Boolean, { description: 'Removes a round that has no interviews' })
  removeRound(@CurrentUser() user: AuthUser, @IdArg('roundId') roundId: string): Promise<boolean> {
    return this.loop.removeRound(user, roundId);
  }

  @ResolveField(() => Stage)
  stage(@Parent() round: Round, @Loaders() loaders: RequestLoaders): Promise<Stage> {
    return loadStage(loaders, round.openingId, round.stageId);
  }

  @ResolveField(() => [Category])
  async focusCategories(@Parent() round: Round, @Loaders() loaders: RequestLoaders): Promise<Category[]> {
    return (await loaders.get(QuestionBankLoaders.category).loadMany(round.focusCategoryIds)).filter(
      (item): item is Category => !(item instanceof Error),
    );
  }

  @ResolveField(() => [Question], { description: 'In the order they are asked' })
  async questions(@Parent() round: Round, @Loaders() loaders: RequestLoaders): Promise<Question[]> {
    const refs = await loaders.get(LoopsLoaders.roundQuestions).load(round.id);
    return (await loaders.get(QuestionBankLoaders.question).loadMany(refs.map((ref) => ref.questionId))).filter(
      (item): item is Question => !(item instanceof Error),
    );
  }

  @ResolveField(() => [ID], { description: 'Questions kept when the rest is re-proposed' })
  async lockedQuestionIds(@Parent() round: Round, @Loaders() loaders: RequestLoaders): Promise<string[]> {
    return (await loaders.get(LoopsLoaders.roundQuestions).load(round.id)).filter((ref) => ref.locked).map((ref) => ref.questionId);
  }
}
