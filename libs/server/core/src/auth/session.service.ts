import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from './auth-user';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, user: { id: string; organizationId: string }): Promise<string> {
    const token = newToken();
    await manager.insert(Session, {
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return token;
  }

  /** One indexed lookup per request: the session must be live and its member still active. */
  async resolve(token: string): Promise<AuthUser | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.role
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`,
      [hashToken(token)],
    );
    return row && { sessionId: row.session_id, userId: row.user_id, organizationId: row.organization_id, role: row.role };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
