import { Field, ID, InputType } from '@nestjs/graphql';
import { Trimmed } from '@panelist/server-core';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class SaveLoopTemplateInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class CopyLoopInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an opening id' })
  fromOpeningId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an opening id' })
  toOpeningId: string;
}
