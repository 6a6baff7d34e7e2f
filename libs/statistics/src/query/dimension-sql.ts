import { NO_VALUE_KEY, STATISTICS_DIMENSIONS, type StatisticsDimension, type StatisticsLanguage } from '@app/domain';

/** The totals are a dimension of their own in the tallies: one key, `total`. */
export const TOTAL_DIMENSION = 'total';
export type TallyDimension = StatisticsDimension | typeof TOTAL_DIMENSION;
export const TALLY_DIMENSIONS: readonly TallyDimension[] = [TOTAL_DIMENSION, ...STATISTICS_DIMENSIONS];

const NONE = `'${NO_VALUE_KEY}'`;

/** A fact's key in each dimension but the vulnerable groups (alias `f` for statistics_case_facts). */
const KEYS: Record<Exclude<TallyDimension, 'vulnerable_group'>, string> = {
  total: `'total'`,
  sector: 'f.sector_code',
  commune: 'f.commune_code',
  channel: 'f.channel',
  // Open cases have no outcome yet.
  outcome: `coalesce(f.outcome, ${NONE})`,
  handling_org: `coalesce(f.handling_org_id::text, ${NONE})`,
  month: `to_char(f.submitted_on, 'YYYY-MM')`,
};

/**
 * A LATERAL subquery `(dimension, key)` giving the groups a fact falls in for the dimensions asked:
 * one key per dimension, except the consumer's Art 8 groups, where a case in two groups counts in
 * both and a case in none counts as `none` (the health-related groups are one `sensitive` key, as
 * the facts keep them; PDPL 91/2025).
 */
export function dimensionPairsSql(dimensions: readonly TallyDimension[]): string {
  const single = dimensions.filter((d): d is Exclude<TallyDimension, 'vulnerable_group'> => d !== 'vulnerable_group');
  const parts: string[] = [];
  if (single.length > 0)
    parts.push(`SELECT * FROM (VALUES ${single.map((d) => `('${d}', ${KEYS[d]})`).join(', ')}) AS v(dimension, key)`);
  if (dimensions.includes('vulnerable_group'))
    parts.push(`SELECT 'vulnerable_group', g FROM unnest(CASE WHEN cardinality(f.groups) > 0 THEN f.groups
                 ELSE ARRAY[${NONE}]::varchar[] END) AS g`);
  return parts.join(' UNION ALL ');
}

/** The names the database knows for a dimension's keys (reference tables), or null when the code labels them. */
export function labelsSql(by: StatisticsDimension, language: StatisticsLanguage): string | null {
  switch (by) {
    case 'sector':
      return `SELECT code AS key, ${language === 'en' ? 'name_en' : 'name_vi'} AS label FROM sectors WHERE code = ANY($1)`;
    case 'commune':
      return `SELECT code AS key, name AS label FROM communes WHERE code = ANY($1)`;
    case 'handling_org':
      return `SELECT id::text AS key, name AS label FROM organisations WHERE id::text = ANY($1)`;
    default:
      return null;
  }
}
