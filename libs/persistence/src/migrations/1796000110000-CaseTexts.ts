import { MigrationInterface, QueryRunner } from 'typeorm';

/** The free text of timeline events, out of the append-only case_events so that erasure reaches it. */
export class CaseTexts1796000110000 implements MigrationInterface {
  name = 'CaseTexts1796000110000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_texts" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "text" text, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_case_texts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_texts_case" ON "case_texts" ("case_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_texts_case"`);
    await queryRunner.query(`DROP TABLE "case_texts"`);
  }
}
