import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottle1796627222158 implements MigrationInterface {
  name = 'LoginThrottle1796627222158';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "login_throttle" (
                "key" text NOT NULL,
                "failures" integer NOT NULL DEFAULT '0',
                "blocked_until" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "login_throttle"
        `);
  }
}
