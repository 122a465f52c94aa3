import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A candidate the retention policy would anonymise' })
export class DueCandidate {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'When their last application ended' })
  lastEndedAt: Date;
}

@ObjectType()
export class RetentionPreview {
  @Field(() => Int, { nullable: true })
  days: number | null;

  @Field(() => [DueCandidate], { description: 'Longest gone first, at most 200' })
  candidates: DueCandidate[];

  @Field({ description: 'More are due than listed' })
  more: boolean;
}
