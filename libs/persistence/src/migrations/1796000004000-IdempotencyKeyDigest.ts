import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys are no longer stored as sent: `idempotency_key` holds a scoped SHA-256 digest
 * and `idempotency_body_hash` the request's. Keys stored before this migration cannot be scoped
 * or bound to their body, so they are let go: a retry across the upgrade files anew.
 */
export class IdempotencyKeyDigest1796000004000 implements MigrationInterface {
  name = 'IdempotencyKeyDigest1796000004000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "idempotency_body_hash" character varying(64)`);
    await queryRunner.query(`UPDATE "cases" SET "idempotency_key" = NULL WHERE "idempotency_key" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "idempotency_body_hash"`);
  }
}
