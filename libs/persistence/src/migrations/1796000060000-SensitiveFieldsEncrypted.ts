import { MigrationInterface, QueryRunner } from 'typeorm';

// Law 19 Art 8 groups that are not sensitive personal data, as of this migration
// (libs/domain/src/intake/intake-vocabulary.ts); any other group is sensitive (ethnicity, health).
const NOT_SENSITIVE = `ARRAY['elderly', 'child', 'poor_household', 'remote_area']::varchar[]`;

/**
 * Encryption at rest of sensitive fields (issue 12 item 14; Law 91/2025/QH15): the consumer's
 * sensitive groups move to their own column (encrypted by the application, with a plain flag for
 * statistics), and the ethnic language becomes text (an encrypted value is longer than 60 characters).
 * SQL cannot encrypt: the moved groups and the rows written before stay plain text until
 * `npm run keys:rotate` encrypts them (plain text reads back unchanged meanwhile).
 */
export class SensitiveFieldsEncrypted1796000060000 implements MigrationInterface {
  name = 'SensitiveFieldsEncrypted1796000060000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_parties" ADD "sensitive_groups" text`);
    await queryRunner.query(`ALTER TABLE "case_parties" ADD "has_sensitive_group" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "case_parties" ALTER COLUMN "ethnic_language" TYPE text`);
    await queryRunner.query(`
            UPDATE "case_parties"
               SET "sensitive_groups" = array_to_json(ARRAY(
                       SELECT g FROM unnest("vulnerable_groups") AS g WHERE NOT g = ANY (${NOT_SENSITIVE})))::text,
                   "has_sensitive_group" = true,
                   "vulnerable_groups" = nullif(ARRAY(
                       SELECT g FROM unnest("vulnerable_groups") AS g WHERE g = ANY (${NOT_SENSITIVE})), '{}')
             WHERE EXISTS (SELECT 1 FROM unnest("vulnerable_groups") AS g WHERE NOT g = ANY (${NOT_SENSITIVE}))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Only plain (not yet encrypted) groups can move back: SQL cannot decrypt.
    await queryRunner.query(`
            UPDATE "case_parties"
               SET "vulnerable_groups" = coalesce("vulnerable_groups", '{}'::varchar[])
                       || ARRAY(SELECT json_array_elements_text("sensitive_groups"::json))::varchar[]
             WHERE "sensitive_groups" LIKE '[%'
        `);
    await queryRunner.query(`ALTER TABLE "case_parties" ALTER COLUMN "ethnic_language" TYPE character varying(60)`);
    await queryRunner.query(`ALTER TABLE "case_parties" DROP COLUMN "has_sensitive_group"`);
    await queryRunner.query(`ALTER TABLE "case_parties" DROP COLUMN "sensitive_groups"`);
  }
}
