import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { NullAsEmpty, Omittable, Trimmed } from '@panelist/server-core';
import { Recommendation } from '../scorecard.entity';

const LONG_TEXT = 10_000;

@InputType({ description: 'Only the fields given change; null clears a rating' })
export class QuestionRatingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a question id' })
  questionId: string;

  @Field(() => Int, { nullable: true, description: 'A level of the round’s scale, 1 (lowest) up; null to clear' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  rating?: number | null;

  @Field({ nullable: true, description: 'true: the question was not asked (clears its rating)' })
  @Omittable()
  @IsBoolean()
  notAsked?: boolean;

  @Field({ nullable: true, description: 'null clears them' })
  @NullAsEmpty()
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  notes?: string;

  @Field(() => [Int], { nullable: true, description: 'Indexes of the talking points covered (replaces the list)' })
  @Omittable()
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(0, { each: true })
  talkingPointsCovered?: number[];
}

@InputType()
export class CategoryRatingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a category id' })
  categoryId: string;

  @Field(() => Int, { nullable: true, description: 'null to clear' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  rating?: number | null;
}

/** The fields a save or an amendment may change; absent ones stay as they are. */
@InputType({ isAbstract: true })
export class ScorecardChangesInput {
  @Field(() => [QuestionRatingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuestionRatingInput)
  ratings?: QuestionRatingInput[];

  @Field(() => [CategoryRatingInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CategoryRatingInput)
  categoryRatings?: CategoryRatingInput[];

  @Field(() => Recommendation, { nullable: true, description: 'null to clear' })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;

  @Field({ nullable: true, description: 'null clears it' })
  @NullAsEmpty()
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  summary?: string;
}

@InputType()
export class SaveScorecardInput extends ScorecardChangesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a scorecard id' })
  scorecardId: string;

  @Field(() => Int, { description: 'The version these edits are based on' })
  @IsInt()
  @Min(0)
  version: number;
}

@InputType()
export class SubmitScorecardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a scorecard id' })
  scorecardId: string;

  @Field(() => Int, { description: 'The version you are submitting: CONFLICT if it changed since you saw it' })
  @IsInt()
  @Min(0)
  version: number;
}

@InputType()
export class AmendScorecardInput extends ScorecardChangesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a scorecard id' })
  scorecardId: string;

  @Field({ description: 'Why the submitted scorecard changes: kept with the amendment' })
  @Trimmed()
  @IsString()
  @MinLength(3, { message: 'is required: say why (3 characters at least)' })
  @MaxLength(2_000)
  reason: string;
}
