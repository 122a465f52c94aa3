import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { NullAsEmpty, Trimmed } from '@panelist/server-core';

@InputType()
export class CreateCategoryInput {
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
}

@InputType()
// Null is validated like any value (a name cannot be null); fields that may be cleared say so themselves.
export class UpdateCategoryInput extends PartialType(CreateCategoryInput, { skipNullProperties: false }) {}

@InputType()
export class ReorderCategoriesInput {
  @Field(() => [ID], { description: 'Every category id of the organisation, in the new order' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be category ids' })
  categoryIds: string[];
}
