import { NO_VALUE_KEY, SENSITIVE_GROUPS_KEY, type StatisticsDimension, type StatisticsLanguage } from '@app/domain';
import { localDay } from '../working-days/working-days-sql';

/** How a cohort row (alias `c` for cases) gets its group: the key, the label the database knows, the joins. */
export interface DimensionSql {
  readonly key: string;
  /** SQL for the label (reference tables), or NULL when the code labels the key. */
  readonly label: string;
  readonly joins: string;
  /** True when one case can fall in several rows (so the totals are not the rows' sum). */
  readonly explodes: boolean;
}

const NONE = `'${NO_VALUE_KEY}'`;
const SENSITIVE = `'${SENSITIVE_GROUPS_KEY}'`;

/** The whole cohort as one group (the totals). */
export const TOTALS_SQL: DimensionSql = { key: `'total'`, label: 'NULL', joins: '', explodes: false };

export function dimensionSql(by: StatisticsDimension, language: StatisticsLanguage): DimensionSql {
  switch (by) {
    case 'sector':
      return {
        key: 'c.sector_code',
        label: language === 'en' ? 'sec.name_en' : 'sec.name_vi',
        joins: 'LEFT JOIN sectors sec ON sec.code = c.sector_code',
        explodes: false,
      };
    case 'commune':
      return {
        key: 'c.commune_code',
        label: 'com.name',
        joins: 'LEFT JOIN communes com ON com.code = c.commune_code',
        explodes: false,
      };
    case 'channel':
      return { key: 'c.channel', label: 'NULL', joins: '', explodes: false };
    case 'outcome':
      // Open cases have no outcome yet.
      return { key: `coalesce(c.outcome, ${NONE})`, label: 'NULL', joins: '', explodes: false };
    case 'vulnerable_group':
      // The consumer party's Art 8 groups: a case in two groups counts in both; none → `none`. The
      // sensitive groups are encrypted (PDPL 91/2025): one row counts them together, from a plain flag.
      return {
        key: 'vg.grp',
        label: 'NULL',
        joins: `LEFT JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'consumer'
    CROSS JOIN LATERAL (SELECT coalesce(cp.vulnerable_groups, '{}'::varchar[])
                               || CASE WHEN cp.has_sensitive_group THEN ARRAY[${SENSITIVE}]::varchar[]
                                       ELSE '{}'::varchar[] END AS grps) AS g
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(g.grps) > 0 THEN g.grps
                                   ELSE ARRAY[${NONE}]::varchar[] END) AS vg(grp)`,
        explodes: true,
      };
    case 'handling_org':
      return {
        key: `coalesce(c.handling_org_id::text, ${NONE})`,
        label: 'org.name',
        joins: 'LEFT JOIN organisations org ON org.id = c.handling_org_id',
        explodes: false,
      };
    case 'month':
      return { key: `to_char(${localDay('c.submitted_at')}, 'YYYY-MM')`, label: 'NULL', joins: '', explodes: false };
  }
}
