import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class BoardFilter {
  @Field({ nullable: true, description: 'Part of the candidate’s name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [String], { nullable: true, description: 'Candidates carrying any of these tags' })
  @IsOptional()
  @IsString({ each: true })
  tags?: string[];
}
