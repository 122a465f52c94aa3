import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795729599998 implements MigrationInterface {
  name = 'Initial1795729599998';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Full-text search: an IMMUTABLE wrapper (array_to_string alone is only STABLE) lets the document be a
    // stored generated column. Weights: title A, tags B, prompt C, talking points D.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`
            CREATE FUNCTION question_search_document(title text, prompt text, tags text[], talking_points text[])
            RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                    || setweight(to_tsvector('english'::regconfig, coalesce(array_to_string(tags, ' '), '')), 'B')
                    || setweight(to_tsvector('english'::regconfig, coalesce(prompt, '')), 'C')
                    || setweight(to_tsvector('english'::regconfig, coalesce(array_to_string(talking_points, ' '), '')), 'D')
            $$
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'ADMIN',
                'HIRING_MANAGER',
                'RECRUITER',
                'INTERVIEWER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."member_status" AS ENUM('ACTIVE', 'DEACTIVATED')
        `);
    await queryRunner.query(`
            CREATE TABLE "user_account" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "email" character varying NOT NULL,
                "name" character varying NOT NULL,
                "password_hash" character varying NOT NULL,
                "role" "public"."role" NOT NULL,
                "status" "public"."member_status" NOT NULL DEFAULT 'ACTIVE',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_56a0e4bcec2b5411beafa47ffa" ON "user_account" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_715e16312509f916f7dad282c4" ON "user_account" ("organization_id", "email")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "email" character varying NOT NULL,
                "role" "public"."role" NOT NULL,
                "token_hash" bytea NOT NULL,
                "invited_by_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0d83b1de272a6d77656eeb5bcb" ON "invitation" ("organization_id", "email")
        `);
    await queryRunner.query(`
            CREATE TABLE "session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "token_hash" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_edbd4f11fa25817bc983713acf" ON "session" ("organization_id", "user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "organization" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "category" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "position" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9c4e4a89e3674fc9f382d733f03" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3400a40d5d1c976630c29075f1" ON "category" ("organization_id", "name")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e8c047a274b6304ff6863aa2f6" ON "category" ("organization_id", "position")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."question_kind" AS ENUM('CONCEPT', 'SCENARIO', 'TOPIC')
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
      ['public', 'question', 'GENERATED_COLUMN', 'search_vector', 'question_search_document(title, prompt, tags, talking_points)'],
    );
    await queryRunner.query(`
            CREATE TABLE "question" (
                "category_id" uuid NOT NULL,
                "title" character varying NOT NULL,
                "prompt" text NOT NULL,
                "kind" "public"."question_kind" NOT NULL,
                "difficulty" smallint NOT NULL,
                "estimated_minutes" smallint NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "talking_points" text array NOT NULL DEFAULT '{}',
                "anchors" jsonb NOT NULL DEFAULT '[]',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "revision" integer NOT NULL DEFAULT '1',
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                "search_vector" tsvector GENERATED ALWAYS AS (
                    question_search_document(title, prompt, tags, talking_points)
                ) STORED,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5a5522565199172703afcd03f1" ON "question" ("organization_id", "category_id", "position")
        `);
    // The tenant first, then the document: btree_gin lets one GIN index answer both.
    await queryRunner.query(`CREATE INDEX "question_search_idx" ON "question" USING gin ("organization_id", "search_vector")`);
    await queryRunner.query(`CREATE INDEX "question_tags_idx" ON "question" USING gin ("organization_id", "tags")`);
    await queryRunner.query(`
            CREATE TABLE "question_revision" (
                "category_id" uuid NOT NULL,
                "title" character varying NOT NULL,
                "prompt" text NOT NULL,
                "kind" "public"."question_kind" NOT NULL,
                "difficulty" smallint NOT NULL,
                "estimated_minutes" smallint NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "talking_points" text array NOT NULL DEFAULT '{}',
                "anchors" jsonb NOT NULL DEFAULT '[]',
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "revision" integer NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b046ff9da49aed74f692477ba32" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_86cb400d5ce49d8bed2b0a4a14" ON "question_revision" ("organization_id", "question_id", "revision")
        `);
    await queryRunner.query(`
            CREATE TABLE "question_set" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_384a616ea05ec06da55c844430b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_57e9cbd20b7d0225e533fb6c9c" ON "question_set" ("organization_id", "name")
        `);
    await queryRunner.query(`
            CREATE TABLE "question_set_item" (
                "question_set_id" uuid NOT NULL,
                "question_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_718c697c01fd2ca24b08509eb34" PRIMARY KEY ("question_set_id", "question_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d010443c6b1f0dedf361f3f767" ON "question_set_item" ("organization_id", "question_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "question"
            ADD CONSTRAINT "FK_5fd605f755be75e9ea3ee3fdc18" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question_revision"
            ADD CONSTRAINT "FK_5c9141042817e342692a001db46" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question_set_item"
            ADD CONSTRAINT "FK_72fc0aab6e600af4c9ef272e388" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "question_set_item"
            ADD CONSTRAINT "FK_b870feb8ca8344f3a1a08415bdf" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "question_set_item" DROP CONSTRAINT "FK_b870feb8ca8344f3a1a08415bdf"
        `);
    await queryRunner.query(`
            ALTER TABLE "question_set_item" DROP CONSTRAINT "FK_72fc0aab6e600af4c9ef272e388"
        `);
    await queryRunner.query(`
            ALTER TABLE "question_revision" DROP CONSTRAINT "FK_5c9141042817e342692a001db46"
        `);
    await queryRunner.query(`
            ALTER TABLE "question" DROP CONSTRAINT "FK_5fd605f755be75e9ea3ee3fdc18"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d010443c6b1f0dedf361f3f767"
        `);
    await queryRunner.query(`
            DROP TABLE "question_set_item"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_57e9cbd20b7d0225e533fb6c9c"
        `);
    await queryRunner.query(`
            DROP TABLE "question_set"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_86cb400d5ce49d8bed2b0a4a14"
        `);
    await queryRunner.query(`
            DROP TABLE "question_revision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5a5522565199172703afcd03f1"
        `);
    await queryRunner.query(`
            DROP TABLE "question"
        `);
    await queryRunner.query(
      `
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4
        `,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'question'],
    );
    await queryRunner.query(`
            DROP TYPE "public"."question_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e8c047a274b6304ff6863aa2f6"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3400a40d5d1c976630c29075f1"
        `);
    await queryRunner.query(`
            DROP TABLE "category"
        `);
    await queryRunner.query(`
            DROP TABLE "organization"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_edbd4f11fa25817bc983713acf"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"
        `);
    await queryRunner.query(`
            DROP TABLE "session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0d83b1de272a6d77656eeb5bcb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"
        `);
    await queryRunner.query(`
            DROP TABLE "invitation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_715e16312509f916f7dad282c4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56a0e4bcec2b5411beafa47ffa"
        `);
    await queryRunner.query(`
            DROP TABLE "user_account"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."member_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
    await queryRunner.query(`DROP FUNCTION question_search_document(text, text, text[], text[])`);
  }
}
