import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpeningsLoopsPipeline1795731557118 implements MigrationInterface {
  name = 'OpeningsLoopsPipeline1795731557118';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "loop_template" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "stage_names" text array NOT NULL,
                "rounds" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4d675741914239a9ace9e702070" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8815acdef47d9a08bf5aeef95f" ON "loop_template" ("organization_id", "name")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."opening_status" AS ENUM('DRAFT', 'OPEN', 'ON_HOLD', 'CLOSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "opening" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "title" character varying NOT NULL,
                "team" character varying NOT NULL DEFAULT '',
                "location" character varying NOT NULL DEFAULT '',
                "hiring_manager_id" uuid,
                "recruiter_id" uuid,
                "status" "public"."opening_status" NOT NULL DEFAULT 'DRAFT',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8b433fbb5ac3bc1cda8afc64fa2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_dbfa18a21a3c70ad7f62a8f9c5" ON "opening" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "stage" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_c54d11b3c24a188262844af1612" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_224abb4f8f990d4512e5283e71" ON "stage" ("organization_id", "opening_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "round" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "stage_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "position" integer NOT NULL,
                "duration_minutes" integer NOT NULL,
                "panel_size" integer NOT NULL DEFAULT '1',
                "rating_scale" text array NOT NULL,
                "focus_category_ids" uuid array NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_34bd959f3f4a90eb86e4ae24d2d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_74a84d71afe5a184fe96d72f75" ON "round" ("organization_id", "opening_id", "position")
        `);
    await queryRunner.query(`
            CREATE TABLE "round_question" (
                "round_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "locked" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_167c3effe94accde0d2333c0498" PRIMARY KEY ("round_id", "question_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_dcdcc4a1406436cdf6e9b85dc1" ON "round_question" ("organization_id", "question_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "candidate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "email" character varying NOT NULL,
                "phone" character varying NOT NULL DEFAULT '',
                "links" text array NOT NULL DEFAULT '{}',
                "source" character varying NOT NULL DEFAULT '',
                "tags" text array NOT NULL DEFAULT '{}',
                "notes" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b0ddec158a9a60fbc785281581b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bb7edf9207d8b479d63d4d6893" ON "candidate" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f95ac53163c149621633876a7e" ON "candidate" ("organization_id", "email")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."application_status" AS ENUM('ACTIVE', 'REJECTED', 'WITHDRAWN')
        `);
    await queryRunner.query(`
            CREATE TABLE "application" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "candidate_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "stage_id" uuid NOT NULL,
                "status" "public"."application_status" NOT NULL DEFAULT 'ACTIVE',
                "outcome_reason" text,
                "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_526f9281101017bd5cd6bb4042" ON "application" ("organization_id", "candidate_id", "opening_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f8790d3b65295f94c02589d0ca" ON "application" ("organization_id", "opening_id", "stage_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."application_event_kind" AS ENUM(
                'CREATED',
                'MOVED',
                'REJECTED',
                'WITHDRAWN',
                'REOPENED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "application_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "kind" "public"."application_event_kind" NOT NULL,
                "from_stage_id" uuid,
                "to_stage_id" uuid,
                "reason" text,
                "actor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dfaa2b28d25fb0223bfd1313f0a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0774c54835677508923fad7ea1" ON "application_event" (
                "organization_id",
                "application_id",
                "created_at"
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."interview_status" AS ENUM('SCHEDULED', 'CANCELLED')
        `);
    await queryRunner.query(`
            CREATE TABLE "interview" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "round_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" integer NOT NULL,
                "status" "public"."interview_status" NOT NULL DEFAULT 'SCHEDULED',
                "cancel_reason" text,
                "scheduled_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_44c49a4feadefa5c6fa78bfb7d1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fee915712c09fed417950dd264" ON "interview" ("organization_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7608fa7ea43dd8fe70e18a1758" ON "interview" ("organization_id", "application_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_panelist" (
                "interview_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                CONSTRAINT "PK_8fc5c26263df51ff68a96669304" PRIMARY KEY ("interview_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6c807b7567617d260e74dfae4f" ON "interview_panelist" ("organization_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_question" (
                "interview_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "revision_id" uuid NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_0b3614b57319d9a5ae744e122ac" PRIMARY KEY ("interview_id", "question_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_10ee69b0e41839ad10c137187f" ON "interview_question" ("organization_id", "question_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "stage"
            ADD CONSTRAINT "FK_3fd4bc0ba2586dcacb55a459b80" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "round"
            ADD CONSTRAINT "FK_e8acc4020f9426282de74cf987f" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "round"
            ADD CONSTRAINT "FK_a84d61feac78faa126580e23094" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "round_question"
            ADD CONSTRAINT "FK_44cd720020de30cff465ef9b173" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_683077d7193912bff4b23d5d08d" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_87523142de811b6ceb51fc77312" FOREIGN KEY ("stage_id") REFERENCES "stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_a438c3c070f4e044fed183f458c" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview"
            ADD CONSTRAINT "FK_de213ff1c7fdd2bf615f89fe048" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview"
            ADD CONSTRAINT "FK_1d0625a3065fbcd6fc05567e055" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_panelist"
            ADD CONSTRAINT "FK_d3f1636a0fccac230c4a64c3be5" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_question"
            ADD CONSTRAINT "FK_69527b88f3b9c015846ea61333e" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "interview_question" DROP CONSTRAINT "FK_69527b88f3b9c015846ea61333e"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_panelist" DROP CONSTRAINT "FK_d3f1636a0fccac230c4a64c3be5"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview" DROP CONSTRAINT "FK_1d0625a3065fbcd6fc05567e055"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview" DROP CONSTRAINT "FK_de213ff1c7fdd2bf615f89fe048"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_a438c3c070f4e044fed183f458c"
        `);
    await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_87523142de811b6ceb51fc77312"
        `);
    await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_683077d7193912bff4b23d5d08d"
        `);
    await queryRunner.query(`
            ALTER TABLE "round_question" DROP CONSTRAINT "FK_44cd720020de30cff465ef9b173"
        `);
    await queryRunner.query(`
            ALTER TABLE "round" DROP CONSTRAINT "FK_a84d61feac78faa126580e23094"
        `);
    await queryRunner.query(`
            ALTER TABLE "round" DROP CONSTRAINT "FK_e8acc4020f9426282de74cf987f"
        `);
    await queryRunner.query(`
            ALTER TABLE "stage" DROP CONSTRAINT "FK_3fd4bc0ba2586dcacb55a459b80"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_10ee69b0e41839ad10c137187f"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_question"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6c807b7567617d260e74dfae4f"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_panelist"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7608fa7ea43dd8fe70e18a1758"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fee915712c09fed417950dd264"
        `);
    await queryRunner.query(`
            DROP TABLE "interview"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."interview_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0774c54835677508923fad7ea1"
        `);
    await queryRunner.query(`
            DROP TABLE "application_event"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."application_event_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f8790d3b65295f94c02589d0ca"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_526f9281101017bd5cd6bb4042"
        `);
    await queryRunner.query(`
            DROP TABLE "application"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."application_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f95ac53163c149621633876a7e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bb7edf9207d8b479d63d4d6893"
        `);
    await queryRunner.query(`
            DROP TABLE "candidate"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dcdcc4a1406436cdf6e9b85dc1"
        `);
    await queryRunner.query(`
            DROP TABLE "round_question"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_74a84d71afe5a184fe96d72f75"
        `);
    await queryRunner.query(`
            DROP TABLE "round"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_224abb4f8f990d4512e5283e71"
        `);
    await queryRunner.query(`
            DROP TABLE "stage"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dbfa18a21a3c70ad7f62a8f9c5"
        `);
    await queryRunner.query(`
            DROP TABLE "opening"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."opening_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8815acdef47d9a08bf5aeef95f"
        `);
    await queryRunner.query(`
            DROP TABLE "loop_template"
        `);
  }
}
