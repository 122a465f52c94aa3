import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Category, Question } from '@panelist/server-question-bank';

@ObjectType({ description: 'Questions proposed for a round: they fit its time and cover its focus categories' })
export class RoundProposal {
  @Field(() => [Question])
  questions: Question[];

  @Field(() => [ID], { description: 'Focus categories no question could cover in the time' })
  uncoveredCategoryIds: string[];

  @Field(() => Int)
  totalMinutes: number;

  @Field(() => Int, { description: 'Duration minus the buffer for intro and candidate questions' })
  budgetMinutes: number;

  @Field(() => [Int], {
    description: 'Difficulties there were questions of to choose from (1 to 3): locked ones, and the focus categories’',
  })
  offeredDifficulties: number[];

  @Field(() => [Int], {
    description:
      'Difficulties the level’s mix asks for (35% of its minutes or more) that no question to choose from has: the proposal cannot match the mix',
  })
  unmetDifficulties: number[];
}

@ObjectType()
class CoverageCell {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int, { description: 'Questions of this category in the round' })
  questionCount: number;

  @Field({ description: 'The category is one of the round’s focus categories' })
  focus: boolean;
}

@ObjectType()
class CoverageRow {
  @Field(() => Category)
  category: Category;

  @Field(() => [CoverageCell])
  rounds: CoverageCell[];
}

@ObjectType({ description: 'Which round assesses what: categories by rounds, with what looks wrong' })
export class CoverageMap {
  @Field(() => [CoverageRow])
  rows: CoverageRow[];

  @Field(() => [String])
  warnings: string[];
}
