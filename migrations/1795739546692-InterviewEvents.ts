import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterviewEvents1795739546692 implements MigrationInterface {
  name = 'InterviewEvents1795739546692';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD "interview_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD "interview_starts_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."application_event_kind"
            ADD VALUE 'INTERVIEW_SCHEDULED'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."application_event_kind"
            ADD VALUE 'INTERVIEW_RESCHEDULED'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."application_event_kind"
            ADD VALUE 'INTERVIEW_CANCELLED'
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_7fdc3c03b926374100cbd7c3982" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_7fdc3c03b926374100cbd7c3982"
        `);
    // The old type has no interview kinds: those events go with it.
    await queryRunner.query(`
            DELETE FROM "application_event" WHERE "kind"::text LIKE 'INTERVIEW\\_%'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."application_event_kind_old" AS ENUM(
                'CREATED',
                'MOVED',
                'REJECTED',
                'WITHDRAWN',
                'REOPENED'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ALTER COLUMN "kind" TYPE "public"."application_event_kind_old" USING "kind"::"text"::"public"."application_event_kind_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."application_event_kind"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."application_event_kind_old"
            RENAME TO "application_event_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP COLUMN "interview_starts_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP COLUMN "interview_id"
        `);
  }
}
