import { sql } from '../database/sql-statement';
import { CHANNEL } from './panelist-event';

/**
 * Queues notifications in the caller's transaction, all in one statement: PostgreSQL delivers them when it
 * commits and drops them when it rolls back.
 */
export const notifySql = (payloads: string[]) =>
  sql(`SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload`, [CHANNEL, payloads]);

/** LISTEN takes no parameters; the channel is a constant identifier. */
export const listenSql = () => sql(`LISTEN ${CHANNEL}`);

/** A round trip on the listening connection, to find out that a quiet connection is dead. */
export const heartbeatSql = () => sql<{ alive: number }>(`SELECT 1 AS alive`);
