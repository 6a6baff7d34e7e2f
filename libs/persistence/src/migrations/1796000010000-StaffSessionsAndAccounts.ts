import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff sessions and accounts: a token version per account (bumping it ends every token at once),
 * a password that may be unset until the owner chooses it, and the single-use set-password links.
 */
export class StaffSessionsAndAccounts1796000010000 implements MigrationInterface {
  name = 'StaffSessionsAndAccounts1796000010000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    // Accounts made with a random placeholder (mediators added by their organisation) have no password.
    await queryRunner.query(`UPDATE "users" SET "password_hash" = NULL WHERE "password_hash" LIKE '!unusable!%'`);
    await queryRunner.query(`
            CREATE TABLE "staff_password_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_1c9bd0251af341ac8716976491c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_3dc8737e65a922d299b924f993" ON "staff_password_links" ("user_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1a25002fc9194c6b927d2a3125" ON "staff_password_links" ("token_hash")`,
    );
    await queryRunner.query(`
            ALTER TABLE "staff_password_links"
            ADD CONSTRAINT "FK_3dc8737e65a922d299b924f9931" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_password_links" DROP CONSTRAINT "FK_3dc8737e65a922d299b924f9931"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1a25002fc9194c6b927d2a3125"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3dc8737e65a922d299b924f993"`);
    await queryRunner.query(`DROP TABLE "staff_password_links"`);
    // An account without a password gets one nothing verifies against.
    await queryRunner.query(
      `UPDATE "users" SET "password_hash" = '!unusable!' || md5(random()::text) || md5(random()::text) WHERE "password_hash" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "token_version"`);
  }
}
