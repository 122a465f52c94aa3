import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@panelist/server-core';
import { Opening, Stage } from '@panelist/server-loops';

/** A card on the board: just what a column shows. The full application is one query away. */
@ObjectType()
export class BoardCard {
  @Field(() => ID, { description: 'The application id' })
  id: string;

  @Field(() => ID)
  candidateId: string;

  @Field()
  candidateName: string;

  @Field(() => [String])
  candidateTags: string[];

  @Field(() => Int)
  timeInStageSeconds: number;
}

export const BoardCardConnection = ConnectionType(BoardCard);

@ObjectType()
export class BoardColumn {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int)
  count: number;

  @Field(() => [BoardCard], { description: 'The first `cardsPerColumn` cards, longest in stage first; page on with boardColumnCards' })
  cards: BoardCard[];

  @Field({ description: 'True when the column holds more cards than `cards` carries' })
  hasMoreCards: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The cursor after the last of `cards`: pass it as boardColumnCards(after:) for the next cards; null when the column has no cards',
  })
  endCursor: string | null;
}

@ObjectType({ description: 'An opening’s pipeline: one column per stage with the applications in it' })
export class PipelineBoard {
  @Field(() => Opening)
  opening: Opening;

  @Field(() => [BoardColumn])
  columns: BoardColumn[];

  @Field(() => Int)
  rejectedCount: number;

  @Field(() => Int)
  withdrawnCount: number;
}
