import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchWindow1795730142395 implements MigrationInterface {
  name = 'SearchWindow1795730142395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5a5522565199172703afcd03f1"
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title)) STORED
        `);
    await queryRunner.query(
      `
            INSERT INTO "typeorm_metadata"(
                    "database",
                    "schema",
                    "table",
                    "type",
                    "name",
                    "value"
                )
            VALUES (current_database(), $1, $2, $3, $4, $5)
        `,
      ['public', 'question', 'GENERATED_COLUMN', 'title_vector', "to_tsvector('english'::regconfig, title)"],
    );
    await queryRunner.query(`
            CREATE INDEX "IDX_abee8eaaec63f899c3f148a8ab" ON "question" ("organization_id", "category_id", "position")
            WHERE archived_at IS NULL
        `);
    await queryRunner.query(`CREATE INDEX "question_title_search_idx" ON "question" USING gin ("organization_id", "title_vector")`);
    // Keep rows narrow: long values (prompt, talking points, the search document) move to TOAST, so counting
    // thousands of matches reads few heap pages; only the ranked window and the page detoast them.
    await queryRunner.query(`ALTER TABLE "question" SET (toast_tuple_target = 128)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question" RESET (toast_tuple_target)`);
    await queryRunner.query(`DROP INDEX "public"."question_title_search_idx"`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_abee8eaaec63f899c3f148a8ab"
        `);
    await queryRunner.query(
      `
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4
        `,
      ['GENERATED_COLUMN', 'title_vector', 'public', 'question'],
    );
    await queryRunner.query(`
            ALTER TABLE "question" DROP COLUMN "title_vector"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5a5522565199172703afcd03f1" ON "question" ("organization_id", "category_id", "position")
        `);
  }
}
