import { MigrationInterface, QueryRunner } from 'typeorm';

export class RoundLevel1795733900556 implements MigrationInterface {
  name = 'RoundLevel1795733900556';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."seniority_level" AS ENUM('JUNIOR', 'MID', 'SENIOR')
        `);
    await queryRunner.query(`
            ALTER TABLE "round"
            ADD "level" "public"."seniority_level" NOT NULL DEFAULT 'MID'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "round" DROP COLUMN "level"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."seniority_level"
        `);
  }
}
