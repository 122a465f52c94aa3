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

  // Interviewers see the panelists of their own interviews, not the organisation's list of people and emails.
  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [User], { name: 'members', description: 'Everyone in the organisation, active or not: not for interviewers' })
  listMembers(@CurrentOrganizationId() organizationId: string): Promise<User[]> {
    return this.members.list(organizationId);
  }

  @Roles(RoleGroup.ADMINS)
  @Query(() => [Invitation], { description: 'Invitations neither accepted nor revoked, newest first; expired ones included' })
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
    return this.send(await this.members.invite(user, input), req);
  }

  @Roles(RoleGroup.ADMINS)
  @Mutation(() => InvitationTicket, {
    description:
      'A new link for a pending (or expired) invitation, valid for another 14 days; the earlier link stops working. Emailed when SMTP_URL is set',
  })
  async reissueInvitation(@CurrentUser() user: AuthUser, @IdArg() id: string, @Context('req') req: Request): Promise<InvitationTicket> {
    return this.send(await this.members.reissueInvitation(user, id), req);
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

  private async send(ticket: Omit<InvitationTicket, 'emailed'>, req: Request): Promise<InvitationTicket> {
    const link = `${publicOrigin(this.config, req)}/invite/${ticket.token}`;
    const greeting = ticket.name ? `Hello ${ticket.name},\n\n` : '';
    const emailed = await this.mailer.send({
      to: ticket.email,
      subject: 'You are invited to Panelist',
      text: `${greeting}You have been invited to join your team on Panelist as ${ticket.role.toLowerCase().replace('_', ' ')}.\n\nAccept the invitation: ${link}\n\nThe link works once, until ${noticeTime(ticket.expiresAt)}.\n`,
    });
    return { ...ticket, emailed };
  }
}
