import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emails that carried a business link were not marked as holding a secret, and a message that
 * finally failed kept its body. Mark every message whose body holds a link token or a key, and
 * clear the bodies of those already sent or given up (the irreversible part of this migration).
 */
export class SecretsLeaveTheOutbox1796000030000 implements MigrationInterface {
  name = 'SecretsLeaveTheOutbox1796000030000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "notifications" SET "contains_secret" = true
       WHERE NOT "contains_secret" AND "body_text" ~ '/business/|#(key|token)='`,
    );
    await queryRunner.query(
      `UPDATE "notifications" SET "body_text" = NULL, "body_html" = NULL
       WHERE "contains_secret" AND "status" IN ('sent', 'failed') AND "body_text" IS NOT NULL`,
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo: cleared bodies are gone, and the marks are right for the code before too.
  }
}
