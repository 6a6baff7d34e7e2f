import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders to the handling unit on a data request's clocks (Law 91/2025/QH15 Art 4; Decree
 * 356/2025): `reminders_sent` holds the steps already emailed, so that each goes once.
 */
export class DataRequestReminders1796000090000 implements MigrationInterface {
  name = 'DataRequestReminders1796000090000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "data_requests" ADD "reminders_sent" character varying(20) array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_requests" DROP COLUMN "reminders_sent"`);
  }
}
