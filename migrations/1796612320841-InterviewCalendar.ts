import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterviewCalendar1796612320841 implements MigrationInterface {
  name = 'InterviewCalendar1796612320841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_feed" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "token_hash" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3a0b1d1c7619ea19ff1affaaf7" ON "calendar_feed" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_124188469f96d6bf5af1c9e155" ON "calendar_feed" ("organization_id", "user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interview"
            ADD "sequence" integer NOT NULL DEFAULT '0'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "interview" DROP COLUMN "sequence"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_124188469f96d6bf5af1c9e155"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3a0b1d1c7619ea19ff1affaaf7"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feed"
        `);
  }
}
