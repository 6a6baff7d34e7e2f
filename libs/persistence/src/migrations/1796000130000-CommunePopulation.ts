import { MigrationInterface, QueryRunner } from 'typeorm';

// The population of each commune, for the department's commune table (issue 11: complaints per
// 10,000 inhabitants). No figure is shipped: the province has given none, so the columns stay NULL
// until an admin sets them (PUT /api/v1/admin/communes/{code}/population or the CSV import).
// The reference data refresh (syncReferenceData) upserts only code, name, kind and province, so it
// never overwrites them. The CHECK names are those of CommuneEntity's @Check decorators.

/** communes.population (inhabitants, > 0) and communes.population_year (the year the figure is for), both or neither. */
export class CommunePopulation1796000130000 implements MigrationInterface {
  name = 'CommunePopulation1796000130000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "communes" ADD "population" integer`);
    await queryRunner.query(`ALTER TABLE "communes" ADD "population_year" smallint`);
    await queryRunner.query(
      `ALTER TABLE "communes" ADD CONSTRAINT "CHK_communes_population_positive" CHECK ("population" > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "communes" ADD CONSTRAINT "CHK_communes_population_year" CHECK (("population" IS NULL) = ("population_year" IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "communes" DROP CONSTRAINT "CHK_communes_population_year"`);
    await queryRunner.query(`ALTER TABLE "communes" DROP CONSTRAINT "CHK_communes_population_positive"`);
    await queryRunner.query(`ALTER TABLE "communes" DROP COLUMN "population_year"`);
    await queryRunner.query(`ALTER TABLE "communes" DROP COLUMN "population"`);
  }
}
