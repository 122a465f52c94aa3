import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, GraphQLContext, IdArg, Roles } from '@panelist/server-core';
import { Category, Question, QuestionBankLoaders } from '@panelist/server-question-bank';
import { ProposeRoundQuestionsInput, RoundInput, SwapQuestionCandidatesInput } from './dtos/round.input';
import { LoopService } from './loop.service';
import { LoopsLoaders } from './loops.loaders';
import { MANAGERS, READERS } from './openings.resolver';
import { RoundProposal } from './proposal.types';
import { ProposalService } from './proposal.service';
import { Round } from './round.entity';
import { Stage } from './stage.entity';

@Resolver(() => Round)
export class RoundsResolver {
  constructor(
    private readonly loop: LoopService,
    private readonly proposals: ProposalService,
    private readonly loaders: LoopsLoaders,
    private readonly bank: QuestionBankLoaders,
  ) {}

  @Roles(...READERS)
  @Query(() => RoundProposal, { description: 'Proposes questions for a round; nothing is saved' })
  proposeRoundQuestions(@CurrentUser() user: AuthUser, @Args('input') input: ProposeRoundQuestionsInput): Promise<RoundProposal> {
    return this.proposals.propose(user.organizationId, input);
  }

  @Roles(...READERS)
  @Query(() => [Question], { description: 'Questions that could replace one of a round’s questions, best fit first; nothing is saved' })
  swapQuestionCandidates(@CurrentUser() user: AuthUser, @Args('input') input: SwapQuestionCandidatesInput): Promise<Question[]> {
    return this.proposals.swapCandidates(user.organizationId, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Round)
  addRound(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string, @Args('input') input: RoundInput): Promise<Round> {
    return this.loop.addRound(user, openingId, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Round, { description: 'Changes a round; questionIds (with lockedQuestionIds) replaces its questions in order' })
  updateRound(@CurrentUser() user: AuthUser, @IdArg('roundId') roundId: string, @Args('input') input: RoundInput): Promise<Round> {
    return this.loop.updateRound(user, roundId, input);
  }

  @Roles(...MANAGERS)
  @Mutation(() => Boolean, { description: 'Removes a round that has no interviews' })
  removeRound(@CurrentUser() user: AuthUser, @IdArg('roundId') roundId: string): Promise<boolean> {
    return this.loop.removeRound(user, roundId);
  }

  @ResolveField(() => Stage)
  stage(@Parent() round: Round, @Context() context: GraphQLContext): Promise<Stage> {
    return this.loaders.stage(context, round.openingId, round.stageId);
  }

  @ResolveField(() => [Category])
  async focusCategories(@Parent() round: Round, @Context() context: GraphQLContext): Promise<Category[]> {
    return (await this.bank.category(context).loadMany(round.focusCategoryIds)).filter((item): item is Category => !(item instanceof Error));
  }

  @ResolveField(() => [Question], { description: 'In the order they are asked' })
  async questions(@Parent() round: Round, @Context() context: GraphQLContext): Promise<Question[]> {
    const refs = await this.loaders.roundQuestions(context).load(round.id);
    return (await this.bank.question(context).loadMany(refs.map((ref) => ref.questionId))).filter((item): item is Question => !(item instanceof Error));
  }

  @ResolveField(() => [ID], { description: 'Questions kept when the rest is re-proposed' })
  async lockedQuestionIds(@Parent() round: Round, @Context() context: GraphQLContext): Promise<string[]> {
    return (await this.loaders.roundQuestions(context).load(round.id)).filter((ref) => ref.locked).map((ref) => ref.questionId);
  }
}
