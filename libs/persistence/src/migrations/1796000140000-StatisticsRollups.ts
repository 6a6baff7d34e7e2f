import { MigrationInterface, QueryRunner } from 'typeorm';

// The statistics' rollups (issue 11 "Scale and correctness"; libs/statistics/src/rollup):
//
// - statistics_case_facts: one narrow row per case with what the figures read (the receipt's local
//   day, the dimensions, the status, the refusal ground, money, the local days the case entered each
//   stage, the consumer's Art 8 groups, the kinds of its clocks met and breached). Kept by the
//   triggers below in the same transaction as the change, and marked `dirty` until the worker has
//   counted it in the month's cells. No personal data: the groups are codes (the health-related ones
//   as one `sensitive` code, as the plain flag on the party row gives them).
// - statistics_cells: per receipt month and scope — the whole province ('*'), or the cases of one
//   handling unit, sector, commune, channel or vulnerability ('org:<id>', 'sector:<code>',
//   'commune:<code>', 'channel:<channel>', 'vulnerable:<true|false>') — per dimension and key, the counts, the money, the working-day durations as histograms
//   ({stage: {days: cases}}) and the clocks ({kind: [met, breached]}).
// - statistics_months: the months whose cells are built, with the working-day calendar they were
//   counted on (a digest of working_days): a calendar change makes every month stale.
//
// A month is read from its cells only when it is built on the current calendar and none of its facts
// is dirty; otherwise its figures are counted from the facts, so an answer is always up to date.
const LOCAL = (instant: string) => `(${instant} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

const CASE_COLUMNS = {
  submitted_on: LOCAL('NEW.submitted_at'),
  sector_code: 'NEW.sector_code',
  commune_code: 'NEW.commune_code',
  channel: 'NEW.channel',
  vulnerable: 'NEW.vulnerable',
  handling_org_id: 'NEW.handling_org_id',
  status: 'NEW.status',
  outcome: 'NEW.outcome',
  accepted: 'NEW.consultation_at IS NOT NULL',
  ground: `CASE WHEN NEW.status = 'refused' THEN NEW.lifecycle->'refusal'->>'ground' END`,
  amount_vnd: 'NEW.amount_vnd',
  amount_recovered_vnd: 'NEW.amount_recovered_vnd',
  consultation_on: LOCAL('NEW.consultation_at'),
  negotiation_on: LOCAL('NEW.negotiation_at'),
  mediation_on: LOCAL('NEW.mediation_at'),
  closed_on: LOCAL('NEW.closed_at'),
};

// The case columns whose change changes a fact (an update that touches none of them costs nothing).
const WATCHED = [
  'submitted_at',
  'sector_code',
  'commune_code',
  'channel',
  'vulnerable',
  'handling_org_id',
  'status',
  'outcome',
  'consultation_at',
  'negotiation_at',
  'mediation_at',
  'closed_at',
  'amount_vnd',
  'amount_recovered_vnd',
];

const GROUPS = (party: string) =>
  `coalesce(${party}.vulnerable_groups, '{}'::varchar[]) || CASE WHEN ${party}.has_sensitive_group THEN ARRAY['sensitive']::varchar[] ELSE '{}'::varchar[] END`;

const CLOCKS = (
  caseId: string,
) => `SELECT coalesce(array_agg(d.kind ORDER BY d.kind) FILTER (WHERE d.status = 'met'), '{}') AS met,
                 coalesce(array_agg(d.kind ORDER BY d.kind) FILTER (WHERE d.status = 'breached'), '{}') AS breached
            FROM case_deadlines d WHERE d.case_id = ${caseId}`;

export class StatisticsRollups1796000140000 implements MigrationInterface {
  name = 'StatisticsRollups1796000140000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "statistics_case_facts" (
        "case_id" uuid PRIMARY KEY REFERENCES "cases"("id") ON DELETE CASCADE,
        "submitted_on" date NOT NULL,
        "sector_code" varchar(40) NOT NULL,
        "commune_code" varchar(5) NOT NULL,
        "channel" varchar(20) NOT NULL,
        "vulnerable" boolean NOT NULL,
        "handling_org_id" uuid,
        "status" varchar(20) NOT NULL,
        "outcome" varchar(30),
        "accepted" boolean NOT NULL,
        "ground" varchar(2),
        "amount_vnd" bigint,
        "amount_recovered_vnd" bigint,
        "consultation_on" date,
        "negotiation_on" date,
        "mediation_on" date,
        "closed_on" date,
        "groups" varchar(40)[] NOT NULL DEFAULT '{}',
        "clocks_met" varchar(40)[] NOT NULL DEFAULT '{}',
        "clocks_breached" varchar(40)[] NOT NULL DEFAULT '{}',
        "dirty" boolean NOT NULL DEFAULT true
      )`);
    await queryRunner.query(`CREATE INDEX "ix_statistics_facts_received" ON "statistics_case_facts" ("submitted_on")`);
    await queryRunner.query(
      `CREATE INDEX "ix_statistics_facts_dirty" ON "statistics_case_facts" ("submitted_on") WHERE "dirty"`,
    );
    for (const column of ['sector_code', 'commune_code', 'handling_org_id'])
      await queryRunner.query(
        `CREATE INDEX "ix_statistics_facts_${column}" ON "statistics_case_facts" ("${column}", "submitted_on")`,
      );
    await queryRunner.query(`
      CREATE TABLE "statistics_cells" (
        "month" date NOT NULL,
        "scope" varchar(60) NOT NULL,
        "dimension" varchar(20) NOT NULL,
        "key" varchar(60) NOT NULL,
        "received" integer NOT NULL,
        "accepted" integer NOT NULL,
        "refused" integer NOT NULL,
        "refused_by_ground" jsonb NOT NULL,
        "transferred" integer NOT NULL,
        "in_progress" integer NOT NULL,
        "resolved" integer NOT NULL,
        "unresolved" integer NOT NULL,
        "withdrawn" integer NOT NULL,
        "money_claimed" numeric NOT NULL,
        "money_recovered" numeric NOT NULL,
        "durations" jsonb NOT NULL,
        "clocks" jsonb NOT NULL,
        PRIMARY KEY ("month", "scope", "dimension", "key")
      )`);
    await queryRunner.query(`
      CREATE TABLE "statistics_months" (
        "month" date PRIMARY KEY,
        "calendar_digest" varchar(32) NOT NULL,
        "built_at" timestamptz NOT NULL
      )`);

    const columns = Object.keys(CASE_COLUMNS);
    await queryRunner.query(`
      CREATE FUNCTION statistics_fact_of_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO statistics_case_facts AS f (case_id, ${columns.join(', ')}, dirty)
        VALUES (NEW.id, ${Object.values(CASE_COLUMNS).join(', ')}, true)
        ON CONFLICT (case_id) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, dirty = true;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "statistics_facts_case_insert" AFTER INSERT ON "cases"
      FOR EACH ROW EXECUTE FUNCTION statistics_fact_of_case()`);
    await queryRunner.query(`CREATE TRIGGER "statistics_facts_case_update" AFTER UPDATE ON "cases"
      FOR EACH ROW WHEN (${WATCHED.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')}
        OR (OLD.lifecycle->'refusal'->>'ground') IS DISTINCT FROM (NEW.lifecycle->'refusal'->>'ground'))
      EXECUTE FUNCTION statistics_fact_of_case()`);

    await queryRunner.query(`
      CREATE FUNCTION statistics_fact_of_party() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE statistics_case_facts SET groups = ${GROUPS('NEW')}, dirty = true
         WHERE case_id = NEW.case_id AND groups IS DISTINCT FROM (${GROUPS('NEW')});
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "statistics_facts_party" AFTER INSERT OR UPDATE OF vulnerable_groups, has_sensitive_group
      ON "case_parties" FOR EACH ROW WHEN (NEW.role = 'consumer') EXECUTE FUNCTION statistics_fact_of_party()`);

    await queryRunner.query(`
      CREATE FUNCTION statistics_fact_of_clocks() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
      BEGIN
        UPDATE statistics_case_facts f SET clocks_met = c.met, clocks_breached = c.breached, dirty = true
          FROM (${CLOCKS('changed')}) c
         WHERE f.case_id = changed AND (f.clocks_met, f.clocks_breached) IS DISTINCT FROM (c.met, c.breached);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "statistics_facts_clock_insert" AFTER INSERT ON "case_deadlines"
      FOR EACH ROW WHEN (NEW.status IN ('met', 'breached')) EXECUTE FUNCTION statistics_fact_of_clocks()`);
    await queryRunner.query(`CREATE TRIGGER "statistics_facts_clock_update" AFTER UPDATE OF status ON "case_deadlines"
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION statistics_fact_of_clocks()`);
    await queryRunner.query(`CREATE TRIGGER "statistics_facts_clock_delete" AFTER DELETE ON "case_deadlines"
      FOR EACH ROW WHEN (OLD.status IN ('met', 'breached')) EXECUTE FUNCTION statistics_fact_of_clocks()`);

    // The facts of the cases already there (every month unbuilt: the worker counts them).
    const backfill = Object.fromEntries(
      Object.entries(CASE_COLUMNS).map(([column, sql]) => [column, sql.replaceAll('NEW.', 'c.')]),
    );
    await queryRunner.query(`
      INSERT INTO statistics_case_facts (case_id, ${columns.join(', ')}, groups, clocks_met, clocks_breached, dirty)
      SELECT c.id, ${Object.values(backfill).join(', ')},
             coalesce((SELECT ${GROUPS('p')} FROM case_parties p WHERE p.case_id = c.id AND p.role = 'consumer'), '{}'),
             k.met, k.breached, true
        FROM cases c CROSS JOIN LATERAL (${CLOCKS('c.id')}) k`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "statistics_facts_clock_delete" ON "case_deadlines"`);
    await queryRunner.query(`DROP TRIGGER "statistics_facts_clock_update" ON "case_deadlines"`);
    await queryRunner.query(`DROP TRIGGER "statistics_facts_clock_insert" ON "case_deadlines"`);
    await queryRunner.query(`DROP TRIGGER "statistics_facts_party" ON "case_parties"`);
    await queryRunner.query(`DROP TRIGGER "statistics_facts_case_update" ON "cases"`);
    await queryRunner.query(`DROP TRIGGER "statistics_facts_case_insert" ON "cases"`);
    await queryRunner.query(`DROP FUNCTION statistics_fact_of_clocks()`);
    await queryRunner.query(`DROP FUNCTION statistics_fact_of_party()`);
    await queryRunner.query(`DROP FUNCTION statistics_fact_of_case()`);
    await queryRunner.query(`DROP TABLE "statistics_months"`);
    await queryRunner.query(`DROP TABLE "statistics_cells"`);
    await queryRunner.query(`DROP TABLE "statistics_case_facts"`);
  }
}
