import { sql } from '../database/sql-statement';
import { MemberStatus } from './role.enum';

/** Serialises concurrent first sign-ups so only one visitor can claim an empty installation. */
export const signUpLockSql = () => sql(`SELECT pg_advisory_xact_lock(hashtext('panelist:sign-up'))`);

export const activeMemberSql = (organizationId: string, id: string) =>
  sql<{ '?column?': number }>(`SELECT 1 FROM user_account WHERE organization_id = $1 AND id = $2 AND status = 'ACTIVE'`, [
    organizationId,
    id,
  ]);

export const memberStatusesSql = (organizationId: string, ids: string[]) =>
  sql<{ id: string; status: MemberStatus }>(`SELECT id, status FROM user_account WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
    organizationId,
    ids,
  ]);

export const memberNamesSql = (organizationId: string, ids: string[]) =>
  sql<{ id: string; name: string }>(`SELECT id, name FROM user_account WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
    organizationId,
    ids,
  ]);
