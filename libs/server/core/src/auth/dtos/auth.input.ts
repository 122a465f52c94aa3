import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { NormalizedEmail, Trimmed } from '../../errors/input-transforms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, StrongPassword } from '../password-strength';

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
  @MaxLength(PASSWORD_MAX_LENGTH)
  @StrongPassword(['name', 'email', 'organizationName'])
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

  @Field(() => ID, {
    nullable: true,
    description: 'Only when the password opens accounts in several organisations (ORGANIZATION_REQUIRED lists them)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organizationId?: string;
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
  @MaxLength(PASSWORD_MAX_LENGTH)
  @StrongPassword(['name'])
  password: string;
}
