import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from './role.enum';
import { User } from './user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; the admin uses the HttpOnly cookie instead' })
  token: string;

  @Field(() => User)
  user: User;
}

@ObjectType()
export class SetupStatus {
  @Field({ description: 'No organisation exists yet: the first visitor creates one' })
  needsSetup: boolean;

  @Field()
  signUpAllowed: boolean;
}

@ObjectType()
export class InvitationTicket {
  @Field(() => ID, { description: 'The invitation, as pendingInvitations lists it' })
  id: string;

  @Field({ description: 'One-time token for acceptInvitation; shown once, only its hash is kept' })
  token: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => Role)
  role: Role;

  @Field()
  expiresAt: Date;

  @Field({ description: 'True when the invitation was also emailed (SMTP_URL is set)' })
  emailed: boolean;
}

@ObjectType()
export class InvitationPreview {
  @Field()
  organizationName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true, description: 'The name the admin gave, to start the accept form with' })
  name: string | null;

  @Field(() => Role)
  role: Role;
}
