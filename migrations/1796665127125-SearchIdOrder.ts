import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search fills its ranking window from a tenant's matches in id order (random, so unrelated to topics);
 * the bank order index groups questions by category, and reading it made "drift" read whole categories.
 */
export class SearchIdOrder1796665127125 implements MigrationInterface {
  name = 'SearchIdOrder1796665127125';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_492d8f84e7eec9dd65593b2e41" ON "question" ("organization_id", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_492d8f84e7eec9dd65593b2e41"
        `);
  }
}
