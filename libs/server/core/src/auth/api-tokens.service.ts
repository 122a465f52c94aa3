import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fieldsOf } from '../audit/audit-changes';
import { AuditEntityType } from '../audit/audit-event.entity';
import { AuditTrail } from '../audit/audit-trail';
import { runSql } from '../database/sql-statement';
import { CommonException } from '../errors/domain.exception';
import { EventBus } from '../events/event-bus';
import { ApiToken } from './api-token.entity';
import { CreatedApiToken } from './api-token.types';
import { revokeApiTokenSql } from './api-tokens.sql';
import { AuthUser } from './auth-user';
import { AuthException, AuthExceptionReason } from './auth.exception';
import { CreateApiTokenInput } from './dtos/api-token.input';
import { hashToken, newApiToken } from './tokens';

const MAX_LIFETIME_MS = 366 * 24 * 60 * 60 * 1000;
const AUDITED_FIELDS = ['name', 'scope', 'expiresAt'] as const;

/** Members' personal API tokens: each member creates, lists and revokes their own. */
@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly audit: AuditTrail,
  ) {}

  /** The member's tokens, newest first, revoked and expired ones included (they say so). */
  list(member: AuthUser): Promise<ApiToken[]> {
    return this.dataSource.getRepository(ApiToken).find({
      where: { organizationId: member.organizationId, userId: member.userId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  async create(member: AuthUser, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const lifetime = input.expiresAt.getTime() - Date.now();
    if (lifetime <= 0) throw CommonException.badInput('expiresAt', 'expiresAt: must be in the future');
    if (lifetime > MAX_LIFETIME_MS) throw CommonException.badInput('expiresAt', 'expiresAt: must be within a year');
    const token = newApiToken();
    const apiToken = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(ApiToken, {
          organizationId: member.organizationId,
          userId: member.userId,
          name: input.name,
          scope: input.scope,
          expiresAt: input.expiresAt,
          tokenHash: hashToken(token),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, member, {
        action: 'API_TOKEN_CREATED',
        entityType: AuditEntityType.API_TOKEN,
        entityId: created.id,
        after: fieldsOf(created, AUDITED_FIELDS),
      });
      return created;
    });
    return { token, apiToken };
  }

  /** Ends the token on every instance: requests and sockets using it are refused once this resolves here, at once elsewhere. */
  async revoke(member: AuthUser, id: string): Promise<ApiToken> {
    const published = await this.dataSource.transaction(async (manager) => {
      const [revoked] = await runSql(manager, revokeApiTokenSql(member.organizationId, member.userId, id));
      if (!revoked) throw new AuthException(AuthExceptionReason.API_TOKEN_NOT_FOUND, 'No live API token of yours has this id', 'id');
      await this.audit.record(manager, member, { action: 'API_TOKEN_REVOKED', entityType: AuditEntityType.API_TOKEN, entityId: id });
      // A token stands in for a session: the same event forgets it and closes its sockets on every instance.
      return this.events.publish(manager, { topic: 'session.revoked', organizationId: member.organizationId, sessionId: id });
    });
    await published.received();
    return this.dataSource.getRepository(ApiToken).findOneByOrFail({ id });
  }
}
