import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public business warnings (Decree 55/2024 Art 24.3 spirit; Plan 126/KH-UBND): proposed by staff,
 * approved by a supervisor, public for 30 days, then archived. The case ids behind a warning are
 * internal; the public sees the business, the kind, the summary and the counts only.
 */
export class BusinessWarnings1796000003000 implements MigrationInterface {
  name = 'BusinessWarnings1796000003000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "business_warnings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "business_name" character varying(250) NOT NULL,
                "tax_code" character varying(14) NOT NULL,
                "kind" character varying(40) NOT NULL,
                "summary" character varying(1000) NOT NULL,
                "substantiated_count" integer NOT NULL,
                "resolved_count" integer NOT NULL,
                "unresolved_count" integer NOT NULL,
                "case_ids" uuid array NOT NULL DEFAULT '{}',
                "status" character varying(12) NOT NULL DEFAULT 'proposed',
                "proposed_by" uuid NOT NULL,
                "decided_by" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "reason" character varying(1000),
                "published_at" TIMESTAMP WITH TIME ZONE,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ace067feb8c45fb995cda7db493" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7641804bfc583aa75310fa3f50" ON "business_warnings" ("tax_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_business_warnings_status" ON "business_warnings" ("status", "expires_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "business_warnings"
            ADD CONSTRAINT "FK_c93997eedd190991306ab7e9a7c" FOREIGN KEY ("proposed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "business_warnings"
            ADD CONSTRAINT "FK_347244f8e8d16b50e353b098bb4" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "business_warnings" DROP CONSTRAINT "FK_347244f8e8d16b50e353b098bb4"`);
    await queryRunner.query(`ALTER TABLE "business_warnings" DROP CONSTRAINT "FK_c93997eedd190991306ab7e9a7c"`);
    await queryRunner.query(`DROP INDEX "public"."ix_business_warnings_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7641804bfc583aa75310fa3f50"`);
    await queryRunner.query(`DROP TABLE "business_warnings"`);
  }
}
