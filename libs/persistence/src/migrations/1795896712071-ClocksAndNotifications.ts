import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClocksAndNotifications1795896712071 implements MigrationInterface {
  name = 'ClocksAndNotifications1795896712071';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "calendar_years" (
                "year" integer NOT NULL,
                "days_off" jsonb NOT NULL,
                "working_days" jsonb NOT NULL,
                "source" character varying(300) NOT NULL DEFAULT '',
                "updated_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "deadline_policies" (
                "kind" character varying(40) NOT NULL,
                "unit" character varying(20) NOT NULL,
                "amount" integer,
                "reminder_lead_working_days" smallint NOT NULL,
                "department_escalation_working_days" smallint,
                "updated_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_137f392acecd15994f53c748d5e" PRIMARY KEY ("kind")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "message_key" character varying(200) NOT NULL,
                "case_id" uuid,
                "recipient_kind" character varying(12) NOT NULL,
                "recipient_user_id" uuid,
                "recipient_email" character varying(250) NOT NULL,
                "language" character varying(2) NOT NULL,
                "template" character varying(60) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "body_text" text,
                "body_html" text,
                "contains_secret" boolean NOT NULL DEFAULT false,
                "status" character varying(10) NOT NULL DEFAULT 'queued',
                "attempts" smallint NOT NULL DEFAULT '0',
                "last_error" character varying(200),
                "message_id" character varying(300),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3be52e2c6db8ce252a0d25ba22" ON "notifications" ("message_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_63e5f2b81ae561b30d23c1ab6e" ON "notifications" ("case_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_queued" ON "notifications" ("created_at")
            WHERE status = 'queued'
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_recipient" ON "notifications" ("recipient_user_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "overdue_since" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "case_deadlines"
            ADD "next_action_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "case_deadlines"
            ADD "breached_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_case_deadlines_next_action" ON "case_deadlines" ("next_action_at")
            WHERE next_action_at IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_63e5f2b81ae561b30d23c1ab6e6" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_2726bde496d82b6401532ab1477" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_2726bde496d82b6401532ab1477"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_63e5f2b81ae561b30d23c1ab6e6"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_case_deadlines_next_action"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_deadlines" DROP COLUMN "breached_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_deadlines" DROP COLUMN "next_action_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "overdue_since"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_recipient"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_queued"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_63e5f2b81ae561b30d23c1ab6e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3be52e2c6db8ce252a0d25ba22"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP TABLE "deadline_policies"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_years"
        `);
  }
}
