import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedbackDeadlinesAndNotifications1796612755983 implements MigrationInterface {
  name = 'FeedbackDeadlinesAndNotifications1796612755983';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM(
                'FEEDBACK_NUDGE',
                'INTERVIEW_BOOKED',
                'INTERVIEW_RESCHEDULED',
                'INTERVIEW_CANCELLED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "title" text NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "link" text NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "feedback_policy" (
                "organization_id" uuid NOT NULL,
                "recommendation_due_minutes" integer NOT NULL DEFAULT '60',
                "scorecard_due_minutes" integer NOT NULL DEFAULT '1440',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_64e1bef5f6c575103a3fade7231" PRIMARY KEY ("organization_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "feedback_nudge" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "interview_id" uuid NOT NULL,
                "panelist_id" uuid NOT NULL,
                "nudged_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cc37b4294f7437eec8465e9aed0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_19575cdad215f9427975f46c42" ON "feedback_nudge" ("interview_id", "panelist_id", "created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_19575cdad215f9427975f46c42"
        `);
    await queryRunner.query(`
            DROP TABLE "feedback_nudge"
        `);
    await queryRunner.query(`
            DROP TABLE "feedback_policy"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"
        `);
    await queryRunner.query(`
            DROP TABLE "notification"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
  }
}
