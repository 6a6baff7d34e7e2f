import { MigrationInterface, QueryRunner } from 'typeorm';

// The clocks that are no one's duty when this was written (libs/domain `clockConsequence`).
const NOT_DUTIES = `('settlement_performance', 'court_recognition')`;

/**
 * Clocks that are no one's duty never breach (Law 19 Art 65.2; Art 66 with Civil Procedure Code Art
 * 418.1): repairs what the old rule marked. A settlement's performance date that passed waits,
 * lapsed, for the consumer's answer; a court-recognition period that ran out has ended. A case is
 * overdue only while a breached duty is still open, and its next due time counts duties only.
 * Data only: `down` leaves the repaired rows as they are.
 */
export class ClockConsequences1796000000500 implements MigrationInterface {
  name = 'ClockConsequences1796000000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "case_deadlines" SET "status" = 'lapsed', "breached_at" = NULL, "escalation_level" = 0,
              "next_action_at" = NULL
        WHERE "kind" = 'settlement_performance' AND "status" = 'breached' AND "closed_at" IS NULL`,
    );
    await queryRunner.query(
      `UPDATE "case_deadlines" SET "status" = 'lapsed', "breached_at" = NULL, "escalation_level" = 0,
              "next_action_at" = NULL, "closed_at" = coalesce("closed_at", "due_at")
        WHERE "kind" = 'court_recognition' AND "status" = 'breached'`,
    );
    await queryRunner.query(
      `UPDATE "cases" c SET "overdue_since" = NULL
        WHERE c."overdue_since" IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM "case_deadlines" d
           WHERE d."case_id" = c."id" AND d."status" = 'breached' AND d."closed_at" IS NULL
             AND d."kind" NOT IN ${NOT_DUTIES})`,
    );
    await queryRunner.query(
      `UPDATE "cases" c SET "next_due_at" = (
          SELECT min(d."due_at") FROM "case_deadlines" d
           WHERE d."case_id" = c."id" AND d."status" = 'pending' AND d."kind" NOT IN ${NOT_DUTIES})
        WHERE EXISTS (SELECT 1 FROM "case_deadlines" d WHERE d."case_id" = c."id" AND d."kind" IN ${NOT_DUTIES})`,
    );
  }

  public async down(): Promise<void> {
    // The old marks were false alarms: nothing to restore.
  }
}
