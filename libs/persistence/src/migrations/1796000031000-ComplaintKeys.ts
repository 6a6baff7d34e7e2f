import { MigrationInterface, QueryRunner } from 'typeorm';
import { DUPLICATE_WINDOW_DAYS } from '@app/domain';
import { complaintKeyHashes } from '../complaint-keys';

interface Filed {
  id: string;
  submitted_at: Date;
  email: string | null;
  phone: string | null;
  name: string;
  tax_code: string | null;
}

const BATCH = 5_000;

/**
 * The possible-duplicate check's own index (complaint_keys), filled for the complaints recent enough
 * to be found by it (older ones never match: the window is DUPLICATE_WINDOW_DAYS).
 */
export class ComplaintKeys1796000031000 implements MigrationInterface {
  name = 'ComplaintKeys1796000031000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "complaint_keys" ("key_hash" character(64) NOT NULL, "case_id" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0d5629ad8d77e860603cbcf35a0" PRIMARY KEY ("key_hash", "case_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_complaint_keys_recent" ON "complaint_keys" ("key_hash", "submitted_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_complaint_keys_case" ON "complaint_keys" ("case_id") `);
    await queryRunner.query(
      `ALTER TABLE "complaint_keys" ADD CONSTRAINT "FK_b211b3b46bcc48a37fe9888718c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const filed: Filed[] = await queryRunner.query(
        `SELECT c.id, c.submitted_at, cp.email, cp.phone, bp.name, bp.tax_code
           FROM cases c
           JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'consumer'
           JOIN case_parties bp ON bp.case_id = c.id AND bp.role = 'business'
          WHERE c.submitted_at >= now() - make_interval(days => $1) AND c.id > $2
          ORDER BY c.id
          LIMIT ${BATCH}`,
        [DUPLICATE_WINDOW_DAYS + 1, after],
      );
      if (filed.length === 0) break;
      const rows = filed.flatMap((c) =>
        complaintKeyHashes({
          consumer: { email: c.email, phone: c.phone },
          business: { name: c.name, taxCode: c.tax_code },
        }).map((hash) => [hash, c.id, c.submitted_at] as const),
      );
      if (rows.length > 0)
        await queryRunner.query(
          `INSERT INTO complaint_keys (key_hash, case_id, submitted_at)
           SELECT * FROM unnest($1::char(64)[], $2::uuid[], $3::timestamptz[]) ON CONFLICT DO NOTHING`,
          [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
        );
      after = filed[filed.length - 1].id;
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "complaint_keys"`);
  }
}
