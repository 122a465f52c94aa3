import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { publicOrigin } from '../config/public-origin';
import { Mailer } from '../notifications/mailer';
import { noticeTime } from '../notifications/notice-time';
import { AuthUser } from './auth-user';
import { CurrentOrganizationId, CurrentUser, Public, Roles } from './auth.decorators';
import { InvitationPreview, InvitationTicket } from './auth.types';
import { ChangeMemberRoleInput, InviteMemberInput } from './dtos/member.input';
import { Invitation } from './invitation.entity';
import { MembersService } from './members.service';
import { RoleGroup } from './role.enum';
import { User } from './user.entity';
import { IdArg } from '../graphql/id-arg';

@Resolver(() => User)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [User], { name: 'members', description: 'Everyone in the organisation, active or not' })
  listMembers(@CurrentOrganizationId() organizationId: string): Promise<User[]> {
    return this.members.list(organizationId);
  }

  @Roles(RoleGroup.ADMINS)
  @Query(() => [Invitation])
  pendingInvitations(@CurrentOrganizationId() organizationId: string): Promise<Invitation[]> {
    return this.members.pendingInvitations(organizationId);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link offers, for the accept page' })
  invitation(@Args('token') token: string): Promise<InvitationPreview> {
    return this.members.previewInvitation(token);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => InvitationTicket, {
    description: 'Invites someone: the link is emailed when SMTP_URL is set; either way the admin can share it (the token is shown once)',
  })
  async inviteMember(
    @CurrentUser() user: AuthUser,
    @Args('input') input: InviteMemberInput,
    @Context('req') req: Request,
  ): Promise<InvitationTicket> {
    const ticket = await this.members.invite(user, input);
    const link = `${publicOrigin(this.config, req)}/invite/${ticket.token}`;
    const emailed = await this.mailer.send({
      to: ticket.email,
      subject: 'You are invited to Panelist',
      text: `You have been invited to join your team on Panelist as ${ticket.role.toLowerCase().replace('_', ' ')}.\n\nAccept the invitation: ${link}\n\nThe link works once, until ${noticeTime(ticket.expiresAt)}.\n`,
    });
    return { ...ticket, emailed };
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => Boolean)
  revokeInvitation(@CurrentUser() user: AuthUser, @IdArg() id: string): Promise<boolean> {
    return this.members.revokeInvitation(user, id);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => User)
  changeMemberRole(@CurrentUser() user: AuthUser, @Args('input') input: ChangeMemberRoleInput): Promise<User> {
    return this.members.changeRole(user, input);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => User, { description: 'Signs the member out everywhere and blocks sign-in; their history stays' })
  deactivateMember(@CurrentUser() user: AuthUser, @IdArg('userId') userId: string): Promise<User> {
    return this.members.setActive(user, userId, false);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => User)
  reactivateMember(@CurrentUser() user: AuthUser, @IdArg('userId') userId: string): Promise<User> {
    return this.members.setActive(user, userId, true);
  }
}
