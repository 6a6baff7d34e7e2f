import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working days of the Vietnamese calendar with a running ordinal, so that statistics count
 * working days between two local days in SQL (ordinal difference). Left empty here: the api and
 * the worker fill it from the clocks' calendar at start-up and refill it when an admin saves a year.
 */
export class WorkingDays1796000001000 implements MigrationInterface {
  name = 'WorkingDays1796000001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "working_days" ("day" date NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "UQ_6eeb9fd480bbde2b98c53ae0b08" UNIQUE ("ordinal"), CONSTRAINT "PK_901a66bb9861c85c30072307715" PRIMARY KEY ("day"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "working_days"`);
  }
}
