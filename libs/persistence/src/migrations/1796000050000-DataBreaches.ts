import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personal-data breach register (issue 12 item 13; Law 91/2025/QH15 Art 23: the authority is
 * told within 72 hours of discovery). `last_reminder` is the last reminder step sent to the admins.
 */
export class DataBreaches1796000050000 implements MigrationInterface {
  name = 'DataBreaches1796000050000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "data_breaches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "discovered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recorded_by" uuid NOT NULL,
                "description" character varying(4000) NOT NULL,
                "data_categories" character varying(40) array NOT NULL,
                "approximate_people" integer,
                "case_ids" uuid array NOT NULL DEFAULT '{}',
                "consequences" character varying(4000),
                "measures" character varying(4000),
                "authority_notified_at" TIMESTAMP WITH TIME ZONE,
                "authority_reference" character varying(200),
                "subjects_notified_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "last_reminder" character varying(20),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_data_breaches" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_breaches"`);
  }
}
