import { Field, InputType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsString, Length } from 'class-validator';
import { Trimmed } from '../../errors/input-transforms';
import { ApiTokenScope } from '../api-token.entity';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "Nightly ATS sync"' })
  @Trimmed()
  @IsString()
  @Length(1, 80, { message: 'must be 1 to 80 characters' })
  name: string;

  @Field(() => ApiTokenScope)
  @IsEnum(ApiTokenScope, { message: 'must be READ or READ_WRITE' })
  scope: ApiTokenScope;

  @Field({ description: 'When the token stops working: within a year' })
  @IsDate({ message: 'must be a date and time' })
  expiresAt: Date;
}
