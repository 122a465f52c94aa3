import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditEntityType } from '../audit/audit-event.entity';
import { AuditTrail } from '../audit/audit-trail';
import { changedFields } from '../audit/audit-changes';
import { runSql } from '../database/sql-statement';
import { EventBus } from '../events/event-bus';
import { Organization } from '../organization/organization.entity';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { AuthService } from './auth.service';
import { AuthPayload, InvitationPreview, InvitationTicket } from './auth.types';
import { AcceptInvitationInput } from './dtos/auth.input';
import { ChangeMemberRoleInput, InviteMemberInput } from './dtos/member.input';
import { Invitation } from './invitation.entity';
import { activeMemberSql, memberNamesSql, memberStatusesSql } from './members.sql';
import { hashPassword } from './passwords';
import { MemberStatus, Role } from './role.enum';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';
import { User } from './user.entity';
import { AuthUser } from './auth-user';

const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly events: EventBus,
    private readonly audit: AuditTrail,
  ) {}

  list(organizationId: string): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  /** Members of the organisation by id, one result per id in order (the per-request member loader). */
  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<User | Error>> {
    const rows = await this.dataSource.getRepository(User).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new AuthException(AuthExceptionReason.MEMBER_NOT_FOUND, 'Member not found'));
  }

  /** Whether `id` is an active member of the organisation; inside the caller's transaction when given its manager. */
  async isActiveMember(organizationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [member] = await runSql(manager, activeMemberSql(organizationId, id));
    return Boolean(member);
  }

  /** The status of each of these members of the organisation; ids of other organisations are left out. */
  statusesOf(
    organizationId: string,
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; status: MemberStatus }>> {
    return runSql(manager, memberStatusesSql(organizationId, ids));
  }

  /** Names of these members of the organisation, by id. */
  async namesOf(organizationId: string, ids: string[]): Promise<Map<string, string>> {
    return new Map((await runSql(this.dataSource, memberNamesSql(organizationId, ids))).map((row) => [row.id, row.name]));
  }

  async get(organizationId: string, id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ organizationId, id });
    if (!user) throw new AuthException(AuthExceptionReason.MEMBER_NOT_FOUND, 'Member not found', 'userId');
    return user;
  }

  organization(id: string): Promise<Organization> {
    return this.dataSource.getRepository(Organization).findOneByOrFail({ id });
  }

  pendingInvitations(organizationId: string): Promise<Invitation[]> {
    return this.dataSource.getRepository(Invitation).find({
      where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async invite(actor: AuthUser, input: InviteMemberInput): Promise<Omit<InvitationTicket, 'emailed'>> {
    return this.dataSource.transaction(async (manager) => {
      await this.auth.assertEmailFree(manager, actor.organizationId, input.email);
      // A new invitation for the same address replaces the earlier one.
      await manager.update(
        Invitation,
        { organizationId: actor.organizationId, email: input.email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const token = newToken();
      const invitation = await manager.save(
        manager.create(Invitation, {
          organizationId: actor.organizationId,
          email: input.email,
          name: input.name ?? null,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'INVITED',
        entityType: AuditEntityType.INVITATION,
        entityId: invitation.id,
        after: { email: invitation.email, name: invitation.name, role: invitation.role, expiresAt: invitation.expiresAt },
      });
      return this.ticketOf(invitation, token);
    });
  }

  /**
   * Only a hash of an invitation's token is kept, so a pending invitation's link cannot be shown again: this gives
   * it a new token and a new expiry instead, and the earlier link stops working. Expired invitations can be renewed.
   */
  async reissueInvitation(actor: AuthUser, id: string): Promise<Omit<InvitationTicket, 'emailed'>> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(Invitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.organizationId = :organizationId AND i.id = :id AND i.acceptedAt IS NULL AND i.revokedAt IS NULL', {
          organizationId: actor.organizationId,
          id,
        })
        .getOne();
      if (!invitation) throw new AuthException(AuthExceptionReason.INVITATION_INVALID, 'Invitation not found', 'id');
      await this.auth.assertEmailFree(manager, actor.organizationId, invitation.email);
      const token = newToken();
      const before = { expiresAt: invitation.expiresAt };
      invitation.tokenHash = hashToken(token);
      invitation.expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
      await manager.save(invitation);
      await this.audit.record(manager, actor, {
        action: 'INVITATION_REISSUED',
        entityType: AuditEntityType.INVITATION,
        entityId: invitation.id,
        before,
        after: { expiresAt: invitation.expiresAt },
      });
      return this.ticketOf(invitation, token);
    });
  }

  private ticketOf(invitation: Invitation, token: string): Omit<InvitationTicket, 'emailed'> {
    const { id, email, name, role, expiresAt } = invitation;
    return { id, token, email, name, role, expiresAt };
  }

  async revokeInvitation(actor: AuthUser, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const revokedAt = new Date();
      const result = await manager.update(
        Invitation,
        { organizationId: actor.organizationId, id, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt },
      );
      if (!result.affected) throw new AuthException(AuthExceptionReason.INVITATION_INVALID, 'Invitation not found', 'id');
      await this.audit.record(manager, actor, {
        action: 'INVITATION_REVOKED',
        entityType: AuditEntityType.INVITATION,
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt },
      });
      return true;
    });
  }

  async previewInvitation(token: string): Promise<InvitationPreview> {
    const invitation = await this.findLiveInvitation(this.dataSource.manager, token);
    const organization = await this.organization(invitation.organizationId);
    return { organizationName: organization.name, email: invitation.email, name: invitation.name, role: invitation.role };
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<AuthPayload> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findLiveInvitation(manager, input.token, true);
      await this.auth.assertEmailFree(manager, invitation.organizationId, invitation.email);
      const user = await manager.save(
        manager.create(User, {
          organizationId: invitation.organizationId,
          email: invitation.email,
          name: input.name,
          passwordHash,
          role: invitation.role,
        }),
      );
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      await this.audit.record(
        manager,
        { organizationId: user.organizationId, userId: user.id },
        {
          action: 'JOINED',
          entityType: AuditEntityType.MEMBER,
          entityId: user.id,
          after: { name: user.name, email: user.email, role: user.role, invitationId: invitation.id },
        },
      );
      return { token: await this.sessions.create(manager, user), user };
    });
  }

  async changeRole(actor: AuthUser, input: ChangeMemberRoleInput): Promise<User> {
    return this.changeMember(actor, input.userId, 'ROLE_CHANGED', false, async (manager, member) => {
      if (member.role === Role.ADMIN && input.role !== Role.ADMIN) await this.assertAnotherAdmin(manager, member);
      member.role = input.role;
    });
  }

  async setActive(actor: AuthUser, userId: string, active: boolean): Promise<User> {
    return this.changeMember(actor, userId, active ? 'REACTIVATED' : 'DEACTIVATED', !active, async (manager, member) => {
      if (!active && member.role === Role.ADMIN) await this.assertAnotherAdmin(manager, member);
      member.status = active ? MemberStatus.ACTIVE : MemberStatus.DEACTIVATED;
      if (!active) await this.sessions.revokeAllOf(manager, member.id);
    });
  }

  /**
   * Changes a member's role or status under a row lock and announces it in the same transaction; resolves
   * once every instance has heard, so no instance serves the member with their old rights afterwards.
   */
  private async changeMember(
    actor: AuthUser,
    userId: string,
    action: string,
    signedOut: boolean,
    change: (manager: EntityManager, member: User) => Promise<void>,
  ): Promise<User> {
    const { organizationId } = actor;
    const { member, published } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockMember(manager, organizationId, userId);
      const before = { role: locked.role, status: locked.status };
      await change(manager, locked);
      const member = await manager.save(locked);
      const changed = changedFields(before, { role: member.role, status: member.status }, ['role', 'status']);
      await this.audit.record(manager, actor, changed && { action, entityType: AuditEntityType.MEMBER, entityId: member.id, ...changed });
      const published = await this.events.publish(manager, { topic: 'member.changed', organizationId, userId, signedOut });
      return { member, published };
    });
    this.sessions.forgetMember(member.id);
    await published.received();
    return member;
  }

  private async findLiveInvitation(manager: EntityManager, token: string, lock = false): Promise<Invitation> {
    const query = manager
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.tokenHash = :hash AND i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()', { hash: hashToken(token) });
    const invitation = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!invitation)
      throw new AuthException(
        AuthExceptionReason.INVITATION_INVALID,
        'This invitation is not valid: it was used, revoked or has expired',
        'token',
      );
    return invitation;
  }

  private async lockMember(manager: EntityManager, organizationId: string, id: string): Promise<User> {
    const member = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.organizationId = :organizationId AND u.id = :id', { organizationId, id })
      .getOne();
    if (!member) throw new AuthException(AuthExceptionReason.MEMBER_NOT_FOUND, 'Member not found', 'userId');
    return member;
  }

  /** An organisation always keeps one active admin; admins are locked so two demotions cannot race past this. */
  private async assertAnotherAdmin(manager: EntityManager, member: User): Promise<void> {
    const otherAdmins = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.organizationId = :organizationId AND u.role = :role AND u.status = :status AND u.id <> :id', {
        organizationId: member.organizationId,
        role: Role.ADMIN,
        status: MemberStatus.ACTIVE,
        id: member.id,
      })
      .getMany();
    if (otherAdmins.length === 0)
      throw new AuthException(AuthExceptionReason.LAST_ADMIN, 'The organisation needs at least one active admin', 'userId');
  }
}
