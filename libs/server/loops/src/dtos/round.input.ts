import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { SeniorityLevel } from '../opening-status.enum';
import { Omittable, Trimmed } from '@panelist/server-core';

@InputType()
export class RoundInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a stage id of this opening' })
  stageId: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(5, { message: 'must be at least 5 minutes' })
  @Max(480, { message: 'must be at most 480 minutes' })
  durationMinutes: number;

  @Field(() => [ID], { nullable: true, description: 'Competencies this round assesses, in priority order' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be category ids' })
  focusCategoryIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Questions in order' })
  @IsOptional()
  @ArrayMaxSize(60)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  questionIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Which of questionIds are locked (kept by a re-proposal); left out, the questions that stay keep their locks',
  })
  @IsOptional()
  @ArrayMaxSize(60)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  lockedQuestionIds?: string[];

  // No schema defaults here: updateRound must tell "left out" (keep it) from a value; a new round gets 1.
  @Field(() => Int, {
    nullable: true,
    description: 'Interviewers per interview; a new round defaults to 1, an update keeps it when left out',
  })
  @Omittable()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(12, { message: 'must be at most 12' })
  panelSize?: number;

  @Field(() => SeniorityLevel, {
    nullable: true,
    description: 'The difficulty mix; MID when a new round or a proposal leaves it out, kept by an update',
  })
  @Omittable()
  @IsEnum(SeniorityLevel, { message: 'must be JUNIOR, MID or SENIOR' })
  level?: SeniorityLevel;

  @Field(() => [String], { nullable: true, description: 'Rating labels, lowest first; even count, no neutral middle' })
  @Omittable()
  @ArrayMinSize(2, { message: 'needs at least 2 labels' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each label must be 1 to 40 characters' })
  ratingScale?: string[];
}

/** What a proposal and a swap both need to know of the round: its time, its level, what it must not ask. */
@InputType({ isAbstract: true })
abstract class RoundContextInput extends PickType(RoundInput, ['durationMinutes', 'level'] as const) {
  @Field(() => [ID], { nullable: true, description: 'Never offer these (e.g. used in other rounds)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  excludeQuestionIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Minutes kept for intro and candidate questions; default 10' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  bufferMinutes?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The round being built: questions of its loop’s other rounds are excluded automatically',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;
}

@InputType()
export class ProposeRoundQuestionsInput extends RoundContextInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'needs at least one category' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be category ids' })
  categoryIds: string[];

  @Field(() => [ID], { nullable: true, description: 'Keep these, first and in this order' })
  @IsOptional()
  @ArrayMaxSize(60)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  lockedQuestionIds?: string[];

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Same inputs and seed give the same proposal' })
  @IsOptional()
  @IsInt()
  seed?: number;
}

@InputType()
export class SwapQuestionCandidatesInput extends RoundContextInput {
  @Field(() => ID, { description: 'The question to replace' })
  @IsUUID('all', { message: 'must be a question id' })
  questionId: string;

  @Field(() => [ID], { description: 'The round’s questions as they stand, the one to replace included' })
  @ArrayMaxSize(60)
  @IsUUID('all', { each: true, message: 'must be question ids' })
  currentQuestionIds: string[];

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  first?: number;
}
