import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports the worker compiles (issue 11: the Plan 126/KH-UBND annual report): period, status and
 * progress, who asked, and the produced XLSX and PDF kept in the row (bytea), so that every api
 * replica serves them.
 */
export class Reports1796000002000 implements MigrationInterface {
  name = 'Reports1796000002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "year" smallint NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'queued', "percent" smallint NOT NULL DEFAULT '0', "requested_by" uuid NOT NULL, "error" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "xlsx" bytea, "pdf" bytea, CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fb3c114a682e16e1b6c0e7d874" ON "reports" ("requested_by") `);
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_fb3c114a682e16e1b6c0e7d8744" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_fb3c114a682e16e1b6c0e7d8744"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb3c114a682e16e1b6c0e7d874"`);
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}
