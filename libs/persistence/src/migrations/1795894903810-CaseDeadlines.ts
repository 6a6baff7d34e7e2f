import { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseDeadlines1795894903810 implements MigrationInterface {
  name = 'CaseDeadlines1795894903810';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "case_deadlines" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "kind" character varying(40) NOT NULL,
                "status" character varying(12) NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "paused_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "reminders_sent" smallint NOT NULL DEFAULT '0',
                "escalation_level" smallint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_aeec36818e0bdee31a82bcbfaed" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e505ff22868e5dc0bda6a70e6b" ON "case_deadlines" ("case_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_case_deadlines_open_due" ON "case_deadlines" ("status", "due_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "case_deadlines"
            ADD CONSTRAINT "FK_e505ff22868e5dc0bda6a70e6be" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_deadlines" DROP CONSTRAINT "FK_e505ff22868e5dc0bda6a70e6be"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_case_deadlines_open_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e505ff22868e5dc0bda6a70e6b"
        `);
    await queryRunner.query(`
            DROP TABLE "case_deadlines"
        `);
  }
}
