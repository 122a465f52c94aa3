import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecommendationTimes1796622889403 implements MigrationInterface {
  name = 'RecommendationTimes1796622889403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "scorecard"
            ADD "recommended_at" TIMESTAMP WITH TIME ZONE
        `);
    // Before this column the moment was not kept: the earliest it can have been is unknown, the latest is the last save.
    await queryRunner.query(`
            UPDATE "scorecard" SET "recommended_at" = coalesce("submitted_at", "updated_at") WHERE "fields" ->> 'recommendation' IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "scorecard" DROP COLUMN "recommended_at"
        `);
  }
}
