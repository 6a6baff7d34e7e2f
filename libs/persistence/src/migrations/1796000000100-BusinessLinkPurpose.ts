import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each business link is for (Law 19 Art 57.5): `negotiation`, `result_report` (a negotiation
 * link narrowed to reporting the result once the negotiation ended) or `mediation`. Links issued
 * since a case entered mediation were issued for it; the others for the negotiation.
 */
export class BusinessLinkPurpose1796000000100 implements MigrationInterface {
  name = 'BusinessLinkPurpose1796000000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "business_links" ADD "purpose" character varying(20) NOT NULL DEFAULT 'negotiation'`,
    );
    await queryRunner.query(
      `UPDATE "business_links" l SET "purpose" = 'mediation' FROM "cases" c
        WHERE c."id" = l."case_id" AND c."mediation_at" IS NOT NULL AND l."created_at" >= c."mediation_at"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "business_links" DROP COLUMN "purpose"`);
  }
}
