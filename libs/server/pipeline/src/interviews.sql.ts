import { sql } from '@panelist/server-core';

/** Pins the questions of an interview, in order, at the revisions given (parallel arrays). */
export const pinQuestionsSql = (interviewId: string, organizationId: string, questionIds: string[], revisionIds: string[]) =>
  sql(
    `INSERT INTO interview_question (interview_id, question_id, organization_id, revision_id, position)
       SELECT $1, o.question_id, $2, o.revision_id, o.position - 1 FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS o(question_id, revision_id, position)`,
    [interviewId, organizationId, questionIds, revisionIds],
  );

/** Panelists of these interviews who are on another scheduled interview that overlaps it. */
export const panelClashesSql = (interviewIds: string[]) =>
  sql<{ interview_id: string; user_id: string }>(
    `SELECT DISTINCT me.id AS interview_id, mine.user_id FROM interview me
           JOIN interview_panelist mine ON mine.interview_id = me.id
           JOIN interview_panelist theirs ON theirs.user_id = mine.user_id AND theirs.interview_id <> me.id
           JOIN interview other ON other.id = theirs.interview_id AND other.status = 'SCHEDULED'
          WHERE me.id = ANY($1::uuid[]) AND other.starts_at < me.ends_at AND other.ends_at > me.starts_at`,
    [interviewIds],
  );

export const panelCountsSql = (interviewIds: string[]) =>
  sql<{ id: string; round_id: string; panel: number }>(
    `SELECT i.id, i.round_id, (SELECT count(*)::int FROM interview_panelist p WHERE p.interview_id = i.id) AS panel
           FROM interview i WHERE i.id = ANY($1::uuid[])`,
    [interviewIds],
  );

/**
 * For each of these interviews, the scheduled interviews of the same candidate (any opening) that the
 * member is on: until they have scored all of those, they may not read anyone else's feedback on them.
 */
export const ownPanelsOfSameCandidateSql = (organizationId: string, userId: string, interviewIds: readonly string[]) =>
  sql<{ interview_id: string; panel_interview_id: string }>(
    `SELECT me.id AS interview_id, theirs.id AS panel_interview_id
       FROM interview me
       JOIN application a ON a.id = me.application_id
       JOIN application same ON same.candidate_id = a.candidate_id AND same.organization_id = a.organization_id
       JOIN interview theirs ON theirs.application_id = same.id AND theirs.status = 'SCHEDULED'
       JOIN interview_panelist p ON p.interview_id = theirs.id AND p.user_id = $2
      WHERE me.organization_id = $1 AND me.id = ANY($3::uuid[])`,
    [organizationId, userId, interviewIds],
  );

/** The panel seats of the organisation's scheduled interviews (or of one) that ended in a window, latest first. */
export const endedPanelSeatsSql = (organizationId: string, since: Date, interviewId: string | null) =>
  sql<{ interview_id: string; user_id: string; ends_at: Date }>(
    `SELECT i.id AS interview_id, p.user_id, i.ends_at FROM interview i JOIN interview_panelist p ON p.interview_id = i.id
      WHERE i.organization_id = $1 AND i.status = 'SCHEDULED' AND i.ends_at BETWEEN $2 AND now() AND ($3::uuid IS NULL OR i.id = $3)
      ORDER BY i.ends_at DESC, i.id, p.user_id`,
    [organizationId, since, interviewId],
  );

/** The panels of these applications' scheduled interviews, in one statement whatever their number. */
export const scheduledPanelsSql = (organizationId: string, applicationIds: readonly string[]) =>
  sql<{ application_id: string; interview_id: string; panel: string[] }>(
    `SELECT i.application_id, i.id AS interview_id, array_agg(p.user_id) AS panel
       FROM interview i JOIN interview_panelist p ON p.interview_id = i.id
      WHERE i.organization_id = $1 AND i.application_id = ANY($2::uuid[]) AND i.status = 'SCHEDULED'
      GROUP BY i.id`,
    [organizationId, applicationIds],
  );

/** The member's seats on the scheduled interviews of an opening's applications. */
export const seatsOfMemberSql = (organizationId: string, userId: string, openingId: string) =>
  sql<{ interview_id: string; application_id: string }>(
    `SELECT i.id AS interview_id, i.application_id
       FROM interview i JOIN interview_panelist p ON p.interview_id = i.id AND p.user_id = $2
       JOIN application a ON a.id = i.application_id
      WHERE i.organization_id = $1 AND i.status = 'SCHEDULED' AND a.opening_id = $3`,
    [organizationId, userId, openingId],
  );

/** Every panel seat of an opening's scheduled interviews that have ended. */
export const endedSeatsOfOpeningSql = (organizationId: string, openingId: string) =>
  sql<{ interview_id: string; application_id: string; round_id: string; panelist_id: string; ends_at: Date }>(
    `SELECT i.id AS interview_id, i.application_id, i.round_id, p.user_id AS panelist_id, i.ends_at
       FROM interview i JOIN interview_panelist p ON p.interview_id = i.id JOIN application a ON a.id = i.application_id
      WHERE i.organization_id = $1 AND a.opening_id = $2 AND i.status = 'SCHEDULED' AND i.ends_at <= now()`,
    [organizationId, openingId],
  );
