import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { NormalizedEmail, Trimmed } from '../../errors/input-transforms';

const PASSWORD_MIN_LENGTH = 10;

@InputType()
export class SignUpInput {
  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  organizationName: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field()
  @NormalizedEmail()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(256)
  password: string;

  @Field({ nullable: true, description: 'Start with an empty question bank instead of the MLOps bank' })
  @IsOptional()
  @IsBoolean()
  startEmpty?: boolean;
}

@InputType()
export class LoginInput {
  @Field()
  @NormalizedEmail()
  @IsString()
  @Length(1, 254, { message: 'is required' })
  email: string;

  @Field()
  @IsString()
  @Length(1, 256, { message: 'is required' })
  password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'is required' })
  token: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(256)
  password: string;
}
