import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@panelist/server-core';
import { BoardCard } from '@panelist/server-pipeline';
import { FeedbackCount } from './scorecard.types';
import { ScorecardsLoaders } from './scorecards.loaders';

/** A card on the board says how much of its panels' feedback is in: counts only, never scores. */
@Resolver(() => BoardCard)
export class BoardCardFeedbackResolver {
  @ResolveField(() => FeedbackCount, { description: 'Submitted scorecards out of the panel seats of its scheduled interviews' })
  feedback(@Parent() card: BoardCard, @Loaders() loaders: RequestLoaders): Promise<FeedbackCount> {
    return loaders.get(ScorecardsLoaders.feedback).load(card.id);
  }
}
