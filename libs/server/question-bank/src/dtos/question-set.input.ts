import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NullAsEmpty, Omittable, Trimmed } from '@panelist/server-core';

@InputType()
export class CreateQuestionSetInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field({ nullable: true, description: 'Null clears it' })
  @IsOptional()
  @NullAsEmpty()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => [ID], { nullable: true, description: 'Questions in order' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  questionIds?: string[];
}

@InputType()
export class UpdateQuestionSetInput {
  @Field({ nullable: true })
  @Omittable()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string;

  @Field({ nullable: true, description: 'Null clears it' })
  @IsOptional()
  @NullAsEmpty()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => [ID], { nullable: true, description: 'The complete new order of questions' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  questionIds?: string[];

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one answers CONFLICT' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}
