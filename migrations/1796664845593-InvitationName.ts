import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationName1796664845593 implements MigrationInterface {
  name = 'InvitationName1796664845593';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD "name" character varying(120)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "invitation" DROP COLUMN "name"
        `);
  }
}
