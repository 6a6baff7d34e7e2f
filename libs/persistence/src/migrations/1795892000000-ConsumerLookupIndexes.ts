import { MigrationInterface, QueryRunner } from 'typeorm';

/** Finding a consumer's earlier complaints by e-mail or phone without scanning every party. */
export class ConsumerLookupIndexes1795892000000 implements MigrationInterface {
  name = 'ConsumerLookupIndexes1795892000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_case_parties_consumer_email" ON "case_parties" (lower("email")) WHERE "role" = 'consumer'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_parties_consumer_phone" ON "case_parties" ("phone") WHERE "role" = 'consumer'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_case_parties_consumer_phone"`);
    await queryRunner.query(`DROP INDEX "ix_case_parties_consumer_email"`);
  }
}
