import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1796652956701 implements MigrationInterface {
  name = 'AuditTrail1796652956701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "actor_id" uuid,
                "action" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" uuid NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "instance" text NOT NULL,
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a2e562a83b2b184f1b62ee8dee" ON "audit_event" ("organization_id", "actor_id", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_56f823b9794ef93d74bba3d03e" ON "audit_event" ("organization_id", "entity_type", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e126348ca086a9da650caf111f" ON "audit_event" ("organization_id", "entity_id", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7d2303904985dd996d223cb0bd" ON "audit_event" ("organization_id", "at", "id")
        `);
    // Written by hand: TypeORM cannot declare triggers. With one database role, REVOKE cannot protect the table
    // from the app itself, so the database refuses every UPDATE, DELETE and TRUNCATE here. The one way through
    // is for candidate erasure: in a transaction that ran SET LOCAL panelist.erasure = 'on', an UPDATE may
    // change before and after (to redact personal data) and nothing else.
    await queryRunner.query(`
            CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'UPDATE'
                    AND current_setting('panelist.erasure', true) = 'on'
                    AND (NEW.id, NEW.organization_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.at, NEW.instance)
                        = (OLD.id, OLD.organization_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.at, OLD.instance)
                    AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
                THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
                    USING ERRCODE = 'insufficient_privilege',
                          HINT = 'Only candidate erasure may redact before and after, after SET LOCAL panelist.erasure = ''on''';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event"
            FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()
        `);
    await queryRunner.query(`
            CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
            FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "audit_event_no_truncate" ON "audit_event"
        `);
    await queryRunner.query(`
            DROP TRIGGER "audit_event_append_only" ON "audit_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7d2303904985dd996d223cb0bd"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e126348ca086a9da650caf111f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56f823b9794ef93d74bba3d03e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a2e562a83b2b184f1b62ee8dee"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    await queryRunner.query(`
            DROP FUNCTION "audit_event_append_only"()
        `);
  }
}
