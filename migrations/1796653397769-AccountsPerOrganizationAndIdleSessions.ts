import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsPerOrganizationAndIdleSessions1796653397769 implements MigrationInterface {
  name = 'AccountsPerOrganizationAndIdleSessions1796653397769';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56a0e4bcec2b5411beafa47ffa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_715e16312509f916f7dad282c4"
        `);
    await queryRunner.query(`
            ALTER TABLE "session"
            ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_56a0e4bcec2b5411beafa47ffa" ON "user_account" ("email")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_715e16312509f916f7dad282c4" ON "user_account" ("organization_id", "email")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_715e16312509f916f7dad282c4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56a0e4bcec2b5411beafa47ffa"
        `);
    await queryRunner.query(`
            ALTER TABLE "session" DROP COLUMN "last_seen_at"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_715e16312509f916f7dad282c4" ON "user_account" USING btree ("email", "organization_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_56a0e4bcec2b5411beafa47ffa" ON "user_account" USING btree ("email")
        `);
  }
}
