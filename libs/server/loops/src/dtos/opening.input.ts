import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { OpeningStatus } from '../opening-status.enum';
import { NullAsEmpty, Omittable, Trimmed } from '@panelist/server-core';

@InputType()
export class CreateOpeningInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  title: string;

  @Field({ nullable: true, description: 'Null or empty clears it' })
  @IsOptional()
  @NullAsEmpty()
  @Trimmed()
  @MaxLength(120)
  team?: string;

  @Field({ nullable: true, description: 'Null or empty clears it' })
  @IsOptional()
  @NullAsEmpty()
  @Trimmed()
  @MaxLength(120)
  location?: string;

  @Field(() => ID, { nullable: true, description: 'Null clears it' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a member id' })
  hiringManagerId?: string;

  @Field(() => ID, { nullable: true, description: 'Null clears it' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a member id' })
  recruiterId?: string;

  @Field(() => ID, { nullable: true, description: 'Start from a loop template: its stages and rounds' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a loop template id' })
  templateId?: string;

  @Field(() => [String], { nullable: true, description: 'Pipeline stages; default Applied … Hired' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'needs at least one stage' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 80, { each: true, message: 'each stage name must be 1 to 80 characters' })
  stageNames?: string[];
}

@InputType()
// Null is validated like any value (a title cannot be null); fields that may be cleared say so themselves.
export class UpdateOpeningInput extends PartialType(OmitType(CreateOpeningInput, ['templateId', 'stageNames'] as const), {
  skipNullProperties: false,
}) {
  @Field(() => OpeningStatus, { nullable: true })
  @Omittable()
  @IsEnum(OpeningStatus, { message: 'must be DRAFT, OPEN, ON_HOLD or CLOSED' })
  status?: OpeningStatus;
}

@InputType()
export class StageInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  name: string;
}
