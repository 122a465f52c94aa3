import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Trimmed } from '@panelist/server-core';
import { ApplicationStatus } from '@panelist/server-pipeline';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DecisionKind } from '../decision.entity';

@InputType({ description: 'Which candidates a comparison shows; all of them when empty' })
export class ComparisonFilter {
  @Field(() => [ID], { nullable: true, description: 'Only candidates at these stages' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be stage ids' })
  stageIds?: string[];

  @Field(() => [ApplicationStatus], { nullable: true, description: 'Only candidates with these outcomes' })
  @IsOptional()
  @IsEnum(ApplicationStatus, { each: true })
  statuses?: ApplicationStatus[];

  @Field(() => [ID], { nullable: true, description: 'Only these candidates (the ones picked to compare)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be application ids' })
  applicationIds?: string[];
}

@InputType()
export class CategoryWeightInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a category id' })
  categoryId: string;

  @Field(() => Float, { description: '0 to 10; 1 is the default' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(10, { message: 'must be 10 or less' })
  weight: number;
}

@InputType()
export class WeightsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an opening id' })
  openingId: string;

  @Field(() => [CategoryWeightInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CategoryWeightInput)
  weights: CategoryWeightInput[];

  @Field({ nullable: true, description: 'Why the categories weigh so; required unless every weight is 1' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  rationale?: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an application id' })
  applicationId: string;

  @Field(() => DecisionKind)
  @IsEnum(DecisionKind, { message: 'must be ADVANCE, HIRE or REJECT' })
  decision: DecisionKind;

  @Field({ description: 'Why: kept with the decision and in the application’s timeline' })
  @Trimmed()
  @IsString()
  @Length(1, 2000, { message: 'is required: say why' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'For REJECT: one of the organisation’s rejection reasons' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a reason id' })
  outcomeReasonId?: string;
}

@InputType()
export class ReverseDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a decision id' })
  decisionId: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 2000, { message: 'is required: say why' })
  reason: string;
}

@InputType()
export class SaveDebriefNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an application id' })
  applicationId: string;

  @Field()
  @IsString()
  @MaxLength(20000)
  body: string;

  @Field(() => Int, { description: 'The version the edit started from (0 for a new note)' })
  @IsInt()
  @Min(0)
  version: number;
}
