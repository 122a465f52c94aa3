import { MigrationInterface, QueryRunner } from 'typeorm';

export class RetentionPolicy1796656009886 implements MigrationInterface {
  name = 'RetentionPolicy1796656009886';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "retention_policy" (
                "organization_id" uuid NOT NULL,
                "days" integer,
                "last_run_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6d976e6c17346d087e5ff773e7c" PRIMARY KEY ("organization_id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "retention_policy"
        `);
  }
}
