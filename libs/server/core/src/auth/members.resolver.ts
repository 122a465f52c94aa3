import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from './auth-user';
import { CurrentUser, Public, Roles } from './auth.decorators';
import { InvitationPreview, InvitationTicket } from './auth.types';
import { ChangeMemberRoleInput, InviteMemberInput } from './dtos/member.input';
import { Invitation } from './invitation.entity';
import { MembersService } from './members.service';
import { Role } from './role.enum';
import { User } from './user.entity';
import { IdArg } from '../graphql/id-arg';

@Resolver(() => User)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => [User], { name: 'members', description: 'Everyone in the organisation, active or not' })
  listMembers(@CurrentUser() user: AuthUser): Promise<User[]> {
    return this.members.list(user.organizationId);
  }

  @Roles(Role.ADMIN)
  @Query(() => [Invitation])
  pendingInvitations(@CurrentUser() user: AuthUser): Promise<Invitation[]> {
    return this.members.pendingInvitations(user.organizationId);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers, for the accept page' })
  invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.members.previewInvitation(token);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitationTicket, { description: 'Invites someone by email; the admin shares the link, no mail server needed' })
  inviteMember(@CurrentUser() user: AuthUser, @Args('input') input: InviteMemberInput): Promise<InvitationTicket> {
    return this.members.invite(user, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean)
  revokeInvitation(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.members.revokeInvitation(user.organizationId, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  changeMemberRole(@CurrentUser() user: AuthUser, @Args('input') input: ChangeMemberRoleInput): Promise<User> {
    return this.members.changeRole(user, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Signs the member out everywhere and blocks sign-in; their history stays' })
  deactivateMember(@CurrentUser() user: AuthUser, @IdArg('userId') userId: string): Promise<User> {
    return this.members.setActive(user, userId, false);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  reactivateMember(@CurrentUser() user: AuthUser, @IdArg('userId') userId: string): Promise<User> {
    return this.members.setActive(user, userId, true);
  }
}
