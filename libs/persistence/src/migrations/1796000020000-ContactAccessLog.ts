import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who viewed a party's contact data, and when (issue 12 item 8): one row per view of a case's
 * parties with contact data or per file download by staff. Read by admins only.
 */
export class ContactAccessLog1796000020000 implements MigrationInterface {
  name = 'ContactAccessLog1796000020000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "contact_access_log" (
                "id" BIGSERIAL NOT NULL,
                "user_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "what" character varying(20) NOT NULL,
                "file_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_contact_access_log" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_contact_access_log_case" ON "contact_access_log" ("case_id", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_contact_access_log_user" ON "contact_access_log" ("user_id", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_contact_access_log_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_access_log_case"`);
    await queryRunner.query(`DROP TABLE "contact_access_log"`);
  }
}
