import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@panelist/server-core';
import { Application } from './application.entity';

export const ApplicationConnection = ConnectionType(Application);

@ObjectType({ description: 'How many applications an opening holds, by outcome' })
export class ApplicationCounts {
  @Field(() => Int, { description: 'Still in the pipeline' })
  active: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  withdrawn: number;
}
