import { sql } from '@panelist/server-core';

export const questionCountsSql = (organizationId: string, categoryIds: readonly string[]) =>
  sql<{ category_id: string; count: number }>(
    `SELECT category_id, count(*)::int AS count FROM question
        WHERE organization_id = $1 AND category_id = ANY($2::uuid[]) AND archived_at IS NULL GROUP BY category_id`,
    [organizationId, categoryIds],
  );

/** Every category takes its index in `categoryIds` as its position, in one UPDATE. */
export const reorderCategoriesSql = (organizationId: string, categoryIds: string[]) =>
  sql(
    `UPDATE category c SET position = o.position - 1, updated_at = now()
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE c.id = o.id AND c.organization_id = $1`,
    [organizationId, categoryIds],
  );

/** Archived questions count too: they still belong to the category. */
export const categoryQuestionTotalSql = (categoryId: string) =>
  sql<{ count: number }>(`SELECT count(*)::int AS count FROM question WHERE category_id = $1`, [categoryId]);

export const categoryNamedSql = (organizationId: string, name: string) =>
  sql<{ '?column?': number }>(`SELECT 1 FROM category WHERE organization_id = $1 AND lower(name) = lower($2)`, [organizationId, name]);

export const nextCategoryPositionSql = (organizationId: string) =>
  sql<{ next: number }>(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM category WHERE organization_id = $1`, [organizationId]);

export const existingCategoryIdsSql = (organizationId: string, ids: string[]) =>
  sql<{ id: string }>(`SELECT id FROM category WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);

export const existingCategoryCountSql = (organizationId: string, ids: string[]) =>
  sql<{ found: number }>(`SELECT count(*)::int AS found FROM category WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
    organizationId,
    ids,
  ]);
