import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { QuestionKind } from '../question-kind.enum';
import { Omittable, Trimmed, TrimmedList } from '@panelist/server-core';

@InputType()
class AnchorInput {
  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be 1 to 4' })
  @Max(4, { message: 'must be 1 to 4' })
  rating: number;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 1000, { message: 'must be 1 to 1000 characters' })
  text: string;
}

@InputType()
class QuestionContentInput {
  @Field({ nullable: true, description: 'Defaults to the title' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  prompt?: string;

  @Field(() => QuestionKind, { nullable: true })
  @Omittable()
  @IsEnum(QuestionKind, { message: 'must be CONCEPT, SCENARIO or TOPIC' })
  kind?: QuestionKind;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt({ message: 'must be 1, 2 or 3' })
  @Min(1, { message: 'must be 1, 2 or 3' })
  @Max(3, { message: 'must be 1, 2 or 3' })
  difficulty?: number;

  @Field(() => Int, { nullable: true })
  @Omittable()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(1, { message: 'must be at least 1 minute' })
  @Max(240, { message: 'must be at most 240 minutes' })
  estimatedMinutes?: number;

  @Field(() => [String], { nullable: true })
  @Omittable()
  @TrimmedList()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(60, { each: true, message: 'each tag must be at most 60 characters' })
  tags?: string[];

  @Field(() => [String], { nullable: true, description: 'What a strong answer covers, in order' })
  @Omittable()
  @TrimmedList()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(1000, { each: true, message: 'each talking point must be at most 1000 characters' })
  talkingPoints?: string[];

  @Field(() => [AnchorInput], { nullable: true })
  @Omittable()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => AnchorInput)
  anchors?: AnchorInput[];
}

@InputType()
export class CreateQuestionInput extends QuestionContentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a category id' })
  categoryId: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  title: string;
}

@InputType()
export class UpdateQuestionInput extends QuestionContentInput {
  @Field(() => ID, { nullable: true })
  @Omittable()
  @IsUUID('all', { message: 'must be a category id' })
  categoryId?: string;

  @Field({ nullable: true })
  @Omittable()
  @Trimmed()
  @IsString()
  @Length(1, 300, { message: 'must be 1 to 300 characters' })
  title?: string;

  @Field(() => Int, { nullable: true, description: 'The revision you edited; a newer one answers CONFLICT instead of being overwritten' })
  @IsOptional()
  @IsInt()
  expectedRevision?: number;
}

@InputType()
export class QuestionFilter {
  @Field({ nullable: true, description: 'Full-text search over title, prompt, talking points and tags; the last word matches as a prefix' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'must be category ids' })
  categoryIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Questions carrying any of these tags' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  tags?: string[];

  @Field(() => [QuestionKind], { nullable: true })
  @IsOptional()
  @IsEnum(QuestionKind, { each: true, message: 'must be CONCEPT, SCENARIO or TOPIC' })
  kinds?: QuestionKind[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true, message: 'must be 1, 2 or 3' })
  @Max(3, { each: true, message: 'must be 1, 2 or 3' })
  difficulties?: number[];

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}
