import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class CreateCategoryInput {
  @Field()
  @trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class UpdateCategoryInput {
  @Field({ nullable: true })
  @IsOptional()
  @trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class ReorderCategoriesInput {
  @Field(() => [ID], { description: 'Every category id of the organisation, in the new order' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be category ids' })
  categoryIds: string[];
}
