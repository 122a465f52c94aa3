import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '../role.enum';
import { NormalizedEmail, Trimmed } from '../../errors/input-transforms';

@InputType()
export class InviteMemberInput {
  @Field()
  @NormalizedEmail()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'must be one of ADMIN, HIRING_MANAGER, RECRUITER, INTERVIEWER' })
  role: Role;

  @Field(() => String, { nullable: true, description: "The person's name: it greets them in the email and fills in the accept page" })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string | null;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a member id' })
  userId: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'must be one of ADMIN, HIRING_MANAGER, RECRUITER, INTERVIEWER' })
  role: Role;
}
