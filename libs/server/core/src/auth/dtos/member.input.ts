import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { Role } from '../role.enum';
import { NormalizedEmail } from '../../errors/input-transforms';

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
