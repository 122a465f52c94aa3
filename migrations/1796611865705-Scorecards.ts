import { MigrationInterface, QueryRunner } from 'typeorm';

export class Scorecards1796611865705 implements MigrationInterface {
  name = 'Scorecards1796611865705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."scorecard_status" AS ENUM('DRAFT', 'SUBMITTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecard" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "interview_id" uuid NOT NULL,
                "panelist_id" uuid NOT NULL,
                "status" "public"."scorecard_status" NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '0',
                "fields" jsonb NOT NULL DEFAULT '{}',
                "field_versions" jsonb NOT NULL DEFAULT '{}',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_85318b00bdcfc0dc7e9b0dd12c9" UNIQUE ("interview_id", "panelist_id"),
                CONSTRAINT "PK_bcadf4539dab46678db1748dcd1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cad35e50c60e7eb3c11198b444" ON "scorecard" ("organization_id", "panelist_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecard_amendment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "scorecard_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "changes" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8dae7327304662df003b9ba251f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_76f67bb3008860a62df8a0cb07" ON "scorecard_amendment" ("scorecard_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard"
            ADD CONSTRAINT "FK_9affe24ad736d2244619be6160c" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_amendment"
            ADD CONSTRAINT "FK_eff1648f62f3b5efab776eb9ead" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "scorecard_amendment" DROP CONSTRAINT "FK_eff1648f62f3b5efab776eb9ead"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard" DROP CONSTRAINT "FK_9affe24ad736d2244619be6160c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_76f67bb3008860a62df8a0cb07"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecard_amendment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cad35e50c60e7eb3c11198b444"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecard"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."scorecard_status"
        `);
  }
}
