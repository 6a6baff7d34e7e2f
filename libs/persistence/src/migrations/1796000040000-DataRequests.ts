import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests of the data subject (issue 12 item 10; Law 91/2025/QH15 Art 4): erasure, restriction,
 * objection, other, each with its two clocks and its decision; and the mark an accepted erasure
 * request leaves on the case.
 */
export class DataRequests1796000040000 implements MigrationInterface {
  name = 'DataRequests1796000040000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "data_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "kind" character varying(12) NOT NULL,
                "text" text,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answer_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "complete_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "next_due_at" TIMESTAMP WITH TIME ZONE,
                "status" character varying(10) NOT NULL DEFAULT 'received',
                "decision" character varying(10),
                "reason" text,
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_data_requests" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_data_requests_due" ON "data_requests" ("next_due_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_data_requests_case" ON "data_requests" ("case_id")`);
    await queryRunner.query(`
            ALTER TABLE "data_requests"
            ADD CONSTRAINT "fk_data_requests_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`ALTER TABLE "cases" ADD "erasure_requested_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "erasure_requested_at"`);
    await queryRunner.query(`ALTER TABLE "data_requests" DROP CONSTRAINT "fk_data_requests_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_data_requests_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_data_requests_due"`);
    await queryRunner.query(`DROP TABLE "data_requests"`);
  }
}
