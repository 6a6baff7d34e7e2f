import type { DataSource } from 'typeorm';
import { addDays, type IsoDate, mediationStats, startOfLocalDay, type WorkingDayCalendar } from '@app/domain';
import type { EcommerceShare, MediationOutcomeRow, TopBusinessRow } from '../annual/annual-report-data';
import { mediationOutcomeRows } from './mediation-outcome-rows';

type Period = { from: IsoDate; to: IsoDate };

/** [start of `from`, start of the day after `to`) in Asia/Ho_Chi_Minh: the statistics cohort's bounds. */
const bounds = (period: Period) => [startOfLocalDay(period.from), startOfLocalDay(addDays(period.to, 1))];

const MEDIATING_KINDS = ['mediation_organisation', 'consumer_association'];

/** Mediation outcomes of every active mediation organisation (and any other that concluded one), with the total. */
export async function mediationOutcomesByOrganisation(
  dataSource: DataSource,
  calendar: WorkingDayCalendar,
  period: Period,
): Promise<{ organisations: MediationOutcomeRow[]; total: MediationOutcomeRow }> {
  const { assignments, conclusions } = await mediationOutcomeRows(dataSource, period, null);
  const named = [...assignments, ...conclusions].map((row) => row.organisationId);
  const organisations = await dataSource.query<{ id: string; name: string; listed: boolean }[]>(
    `SELECT id::text, name, (kind = ANY($1) AND active) AS listed FROM organisations
      WHERE (kind = ANY($1) AND active) OR id::text = ANY($2)`,
    [MEDIATING_KINDS, named],
  );
  const figures = mediationStats(assignments, conclusions, calendar, {
    organisationIds: organisations.filter((o) => o.listed).map((o) => o.id),
    mediators: [],
  });
  const name = new Map(organisations.map((o) => [o.id, o.name]));
  return {
    organisations: figures.organisations
      .map(({ mediators: _, ...o }) => ({ ...o, name: name.get(o.organisationId) ?? o.organisationId }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    total: { organisationId: '', name: 'Tổng cộng', ...figures.total },
  };
}

// The libs/domain PURCHASE_CHANNELS that are online: a platform or a social network.
const ONLINE_PURCHASE = ['ecommerce_platform', 'social_network'];

/** Cases received in the period about e-commerce: the e-commerce sector, or bought online. */
export async function ecommerceShare(dataSource: DataSource, period: Period): Promise<EcommerceShare> {
  const [row] = await dataSource.query<Omit<EcommerceShare, 'share'>[]>(
    `SELECT count(*)::int AS received,
            count(*) FILTER (WHERE sector_code = 'ecommerce' OR purchase_channel = ANY($3))::int AS ecommerce,
            count(*) FILTER (WHERE sector_code = 'ecommerce')::int AS "ecommerceSector",
            count(*) FILTER (WHERE purchase_channel = ANY($3))::int AS "onlinePurchase"
       FROM cases WHERE submitted_at >= $1 AND submitted_at < $2`,
    [...bounds(period), ONLINE_PURCHASE],
  );
  const share = row.received > 0 ? Math.round((row.ecommerce / row.received) * 10_000) / 10_000 : null;
  return { ...row, share };
}

// Relief from the business (libs/domain RESOLVED_OUTCOMES without `explained`: advice alone says
// nothing against the business).
const RELIEF = ['monetary_relief', 'non_monetary_relief'];

/**
 * The businesses with the most substantiated complaints received in the period (see TopBusinessRow):
 * the business party's tax code, else its name (case and spaces folded). Reads only the business
 * party's name and tax code, never the consumer's.
 */
export async function topBusinesses(dataSource: DataSource, period: Period, limit = 10): Promise<TopBusinessRow[]> {
  return dataSource.query<TopBusinessRow[]>(
    `SELECT (array_agg(b.name ORDER BY c.submitted_at DESC))[1] AS name,
            max(nullif(b.tax_code, '')) AS "taxCode",
            count(*)::int AS substantiated,
            count(*) FILTER (WHERE c.status = 'resolved')::int AS resolved,
            count(*) FILTER (WHERE c.status = 'unresolved')::int AS unresolved
       FROM cases c
       JOIN case_parties b ON b.case_id = c.id AND b.role = 'business'
      WHERE c.submitted_at >= $1 AND c.submitted_at < $2
        AND ((c.status = 'resolved' AND c.outcome = ANY($3))
          OR (c.status = 'unresolved' AND (c.negotiation_at IS NOT NULL OR c.mediation_at IS NOT NULL)))
      GROUP BY coalesce(nullif(b.tax_code, ''), 'name:' || lower(regexp_replace(trim(b.name), '\\s+', ' ', 'g')))
      ORDER BY substantiated DESC, name
      LIMIT $4`,
    [...bounds(period), RELIEF, limit],
  );
}
