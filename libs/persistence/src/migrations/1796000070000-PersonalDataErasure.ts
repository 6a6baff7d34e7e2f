import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure and retention (issue 12 items 11 and 12; Law 91/2025/QH15 Arts 3 and 4): when a case's
 * personal data was replaced by tombstones, and the runs of the retention job with their counts.
 */
export class PersonalDataErasure1796000070000 implements MigrationInterface {
  name = 'PersonalDataErasure1796000070000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "personal_data_erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
            CREATE TABLE "retention_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "counts" jsonb NOT NULL DEFAULT '{}',
                "error" character varying(200),
                CONSTRAINT "pk_retention_runs" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_retention_runs_started" ON "retention_runs" ("started_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_retention_runs_started"`);
    await queryRunner.query(`DROP TABLE "retention_runs"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "personal_data_erased_at"`);
  }
}
