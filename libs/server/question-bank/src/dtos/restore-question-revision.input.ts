import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';

@InputType()
export class RestoreQuestionRevisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a question id' })
  questionId: string;

  @Field(() => Int, { description: 'The earlier revision whose content becomes current again' })
  @IsInt({ message: 'must be a revision number' })
  @Min(1, { message: 'must be a revision number (1 or more)' })
  revision: number;

  @Field(() => Int, { nullable: true, description: 'The revision you saw as current; a newer one answers CONFLICT' })
  @IsOptional()
  @IsInt()
  expectedRevision?: number;
}
