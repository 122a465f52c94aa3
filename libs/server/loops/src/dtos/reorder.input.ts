import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType()
export class ReorderInput {
  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be ids' })
  ids: string[];
}
