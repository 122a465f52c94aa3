import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiTokens1796654185783 implements MigrationInterface {
  name = 'ApiTokens1796654185783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."api_token_scope" AS ENUM('READ', 'READ_WRITE')
        `);
    await queryRunner.query(`
            CREATE TABLE "api_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "name" character varying NOT NULL,
                "scope" "public"."api_token_scope" NOT NULL,
                "token_hash" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d658b38f3f61b84f81f2459046" ON "api_token" ("organization_id", "user_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d658b38f3f61b84f81f2459046"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bafaa5aab5957cd193fb2da8f2"
        `);
    await queryRunner.query(`
            DROP TABLE "api_token"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."api_token_scope"
        `);
  }
}
