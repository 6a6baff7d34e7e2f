import { MigrationInterface, QueryRunner } from 'typeorm';

// The staff case list (apps/api/src/cases/case-list-sql.ts) reads one key, ascending:
// (-priority, next due time with none last, id), over the whole province (association, analysts,
// admins) or one handling unit (officers). A page is then a range of one of these indexes, the
// cursor a row comparison on it, and the INCLUDE columns are those the filters test, so that the
// ids of a page and its capped counts come from index-only scans. The expressions must stay exactly
// those of case-list-sql.ts.
const KEY = `(-"priority"), (COALESCE("next_due_at", 'infinity'::timestamptz)), "id"`;
const TESTED = `"status", "sector_code", "commune_code", "assignee_id", "mediator_id", "next_due_at", "overdue_since"`;
// The overdue count's two halves (marked by the worker; running and past): their filters' columns.
const FILTERED = `"priority", "status", "sector_code", "commune_code", "handling_org_id", "assignee_id", "mediator_id", "mediation_org_id"`;

/** Indexes of the staff case list: the province's and each unit's in the list's order, and the overdue count's. */
export class StaffCaseListIndexes1796000100000 implements MigrationInterface {
  name = 'StaffCaseListIndexes1796000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_cases_staff_list" ON "cases" (${KEY}) INCLUDE (${TESTED}, "handling_org_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cases_unit_list" ON "cases" ("handling_org_id", ${KEY}) INCLUDE (${TESTED})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Created by CaseListFilterIndexes (and dropped by its down()); IF EXISTS for a database that had them earlier.
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_cases_running_due"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_cases_overdue_marked"`);
    await queryRunner.query(`DROP INDEX "ix_cases_unit_list"`);
    await queryRunner.query(`DROP INDEX "ix_cases_staff_list"`);
  }
}
