import { MigrationInterface, QueryRunner } from 'typeorm';

export class CandidateErasure1796655642535 implements MigrationInterface {
  name = 'CandidateErasure1796655642535';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD "erased_at" TIMESTAMP WITH TIME ZONE
        `);
    // Written by hand: candidate erasure redacts the audit trail's copies with it. Text, lists and objects
    // become "[erased]"; numbers and booleans (ratings, counts) and the keys (which fields changed) stay.
    await queryRunner.query(`
            CREATE FUNCTION "redacted_json"(value jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE WHEN value IS NULL OR jsonb_typeof(value) <> 'object' THEN value
                ELSE (SELECT coalesce(jsonb_object_agg(key, CASE WHEN jsonb_typeof(field) IN ('string', 'array', 'object')
                                                                 THEN '"[erased]"'::jsonb ELSE field END), '{}'::jsonb)
                        FROM jsonb_each(value) AS e(key, field))
                END
            $$
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "redacted_json"(jsonb)`);
    await queryRunner.query(`
            ALTER TABLE "candidate" DROP COLUMN "erased_at"
        `);
  }
}
