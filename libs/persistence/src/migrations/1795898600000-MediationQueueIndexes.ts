import { MigrationInterface, QueryRunner } from 'typeorm';

// The mediation queues (apps/api/src/mediation/queues/queue-sql.ts) read one key, ascending:
// (-priority, next due time with none last, id). Each index holds only the open cases of its
// queue, so a page is a short range scan and a count reads a scope's open cases only, however
// many closed cases the table holds. The INCLUDE columns are those the views and filters test,
// so that counts and the ids of a page come from index-only scans. The expressions must stay
// exactly those of queue-sql.ts.
const KEY = `(-"priority"), (COALESCE("next_due_at", 'infinity'::timestamptz)), "id"`;
const TESTED = `"priority", "status", "next_due_at", "overdue_since", "sector_code", "commune_code"`;

/** Partial indexes for the mediation queues: per mediator, per organisation, the organisation's unassigned cases. */
export class MediationQueueIndexes1795898600000 implements MigrationInterface {
  name = 'MediationQueueIndexes1795898600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_cases_mediator_queue" ON "cases" ("mediator_id", ${KEY}) INCLUDE (${TESTED})
       WHERE "closed_at" IS NULL AND "mediator_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cases_mediation_org_queue" ON "cases" ("mediation_org_id", ${KEY})
       INCLUDE (${TESTED}, "mediator_id") WHERE "closed_at" IS NULL AND "mediation_org_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cases_mediation_unassigned" ON "cases" ("mediation_org_id", ${KEY})
       INCLUDE (${TESTED}) WHERE "status" = 'mediation' AND "mediator_id" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_cases_mediation_unassigned"`);
    await queryRunner.query(`DROP INDEX "ix_cases_mediation_org_queue"`);
    await queryRunner.query(`DROP INDEX "ix_cases_mediator_queue"`);
  }
}
