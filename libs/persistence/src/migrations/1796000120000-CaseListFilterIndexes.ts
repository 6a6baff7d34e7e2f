import { MigrationInterface, QueryRunner } from 'typeorm';

// Every count and page of the staff case list (apps/api/src/cases/case-list-sql.ts) is a range of
// one index that the statement's LIMIT stops: a count after 10,001 rows, a page after 51.
//
// - The list's key starts with (-priority), so the priority filter is a range of it. A filter by
//   status, sector or commune (with or without the priority filter) is a range of that column's
//   list index, in the list's order; the province's and a unit's lists are those of
//   StaffCaseListIndexes, rebuilt here to cover the priority and mediation columns.
// - The overdue filter and count are two small partial indexes: clocks marked overdue by the
//   worker, and running clocks by due time (those already past). The "new" count is a range of
//   the status index.
//
// The INCLUDE columns are those that the filters test, so that every count is an index-only scan.
// The key expressions must stay exactly those of case-list-sql.ts.
const KEY = `(-"priority"), (COALESCE("next_due_at", 'infinity'::timestamptz)), "id"`;
const TESTED = `"priority", "status", "sector_code", "commune_code", "handling_org_id", "assignee_id", "mediator_id", "mediation_org_id", "next_due_at", "overdue_since"`;
const LIST_INDEXES: [name: string, column: string][] = [
  ['ix_cases_status_list', 'status'],
  ['ix_cases_sector_list', 'sector_code'],
  ['ix_cases_commune_list', 'commune_code'],
];
// StaffCaseListIndexes' definitions, for down().
const OLD_TESTED = `"status", "sector_code", "commune_code", "assignee_id", "mediator_id", "next_due_at", "overdue_since"`;

/** The staff case list's filter indexes: one list index per filtered column, the province's and units' lists covering every filter, and the overdue count's two halves. */
export class CaseListFilterIndexes1796000120000 implements MigrationInterface {
  name = 'CaseListFilterIndexes1796000120000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_cases_staff_list"`);
    await queryRunner.query(`DROP INDEX "ix_cases_unit_list"`);
    await queryRunner.query(`CREATE INDEX "ix_cases_staff_list" ON "cases" (${KEY}) INCLUDE (${TESTED})`);
    await queryRunner.query(
      `CREATE INDEX "ix_cases_unit_list" ON "cases" ("handling_org_id", ${KEY}) INCLUDE (${TESTED})`,
    );
    for (const [name, column] of LIST_INDEXES)
      await queryRunner.query(`CREATE INDEX "${name}" ON "cases" ("${column}", ${KEY}) INCLUDE (${TESTED})`);
    // StaffCaseListIndexes' down() drops these two but its up() never created them: a database
    // that has them from an earlier build of it gets them as defined here.
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_cases_overdue_marked"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_cases_running_due"`);
    await queryRunner.query(
      `CREATE INDEX "ix_cases_overdue_marked" ON "cases" (${KEY}) INCLUDE (${TESTED}) WHERE "overdue_since" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cases_running_due" ON "cases" ("next_due_at") INCLUDE (${TESTED}) WHERE "overdue_since" IS NULL AND "next_due_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_cases_running_due"`);
    await queryRunner.query(`DROP INDEX "ix_cases_overdue_marked"`);
    for (const [name] of [...LIST_INDEXES].reverse()) await queryRunner.query(`DROP INDEX "${name}"`);
    await queryRunner.query(`DROP INDEX "ix_cases_unit_list"`);
    await queryRunner.query(`DROP INDEX "ix_cases_staff_list"`);
    await queryRunner.query(
      `CREATE INDEX "ix_cases_staff_list" ON "cases" (${KEY}) INCLUDE (${OLD_TESTED}, "handling_org_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cases_unit_list" ON "cases" ("handling_org_id", ${KEY}) INCLUDE (${OLD_TESTED})`,
    );
  }
}
