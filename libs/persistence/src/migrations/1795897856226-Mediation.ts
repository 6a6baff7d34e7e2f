import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mediation1795897856226 implements MigrationInterface {
  name = 'Mediation1795897856226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "mediation_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "mode" character varying(10) NOT NULL,
                "place" character varying(300),
                "online_url" character varying(500),
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" smallint NOT NULL,
                "status" character varying(12) NOT NULL DEFAULT 'scheduled',
                "ics_sequence" integer NOT NULL DEFAULT '0',
                "attendance" jsonb,
                "minutes" text,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ce9ebea65a0c9443fab7ce7ac61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_mediation_sessions_case" ON "mediation_sessions" ("case_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "mediator_profiles" (
                "user_id" uuid NOT NULL,
                "vietnamese_citizen" boolean NOT NULL DEFAULT false,
                "full_civil_capacity" boolean NOT NULL DEFAULT false,
                "reputation_attested_on" date,
                "mediation_training_certificate" character varying(120),
                "mediation_training_on" date,
                "consumer_law_training_on" date,
                "judicial_record_on" date,
                "verified_at" TIMESTAMP WITH TIME ZONE,
                "verified_by" uuid,
                "languages" character varying(30) array NOT NULL DEFAULT '{vi}',
                "sectors" character varying(40) array NOT NULL DEFAULT '{}',
                "ties" jsonb NOT NULL DEFAULT '[]',
                "max_open_cases" smallint NOT NULL DEFAULT '10',
                "accepting" boolean NOT NULL DEFAULT true,
                "public_profile" character varying(500),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_58af3731c43fc59cd1ee7947d29" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "mediation_type" character varying(1)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "address" character varying(500)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "website" character varying(250)
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD "active" boolean NOT NULL DEFAULT true
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "attention_reason" character varying(40)
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "attention_since" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "attachments" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "mediation_sessions"
            ADD CONSTRAINT "FK_560b1ef1e8b135acab8329df08d" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "mediator_profiles"
            ADD CONSTRAINT "FK_58af3731c43fc59cd1ee7947d29" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "mediator_profiles" DROP CONSTRAINT "FK_58af3731c43fc59cd1ee7947d29"
        `);
    await queryRunner.query(`
            ALTER TABLE "mediation_sessions" DROP CONSTRAINT "FK_560b1ef1e8b135acab8329df08d"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "attachments"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "attention_since"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "attention_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "active"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "website"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "address"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP COLUMN "mediation_type"
        `);
    await queryRunner.query(`
            DROP TABLE "mediator_profiles"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_mediation_sessions_case"
        `);
    await queryRunner.query(`
            DROP TABLE "mediation_sessions"
        `);
  }
}
