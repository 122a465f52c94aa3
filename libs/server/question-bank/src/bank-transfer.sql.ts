import { sql } from '@panelist/server-core';

/** One import per organisation at a time, so two imports cannot both create the same category. */
export const bankImportLockSql = (organizationId: string) =>
  sql(`SELECT pg_advisory_xact_lock(hashtext('panelist:bank:' || $1))`, [organizationId]);
