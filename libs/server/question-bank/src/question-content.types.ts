import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What a strong answer covers' })
export class TalkingPoint {
  @Field()
  text: string;
}

@ObjectType({ description: 'What an answer at this rating looks like' })
export class Anchor {
  @Field(() => Int, { description: '1 (weakest) to 4 (strongest)' })
  rating: number;

  @Field()
  text: string;
}
