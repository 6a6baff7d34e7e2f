import { DIMENSIONS, type Dimension } from './types';

/** The dashboard's view, all of it in the URL (shareable): the period, the breakdown, the filters, the tab. */
export interface DashboardQuery {
  from: string;
  to: string;
  by: Exclude<Dimension, 'month'>;
  sector: string;
  commune: string;
  channel: string;
  /** '' (everyone), 'true' or 'false'. */
  vulnerable: string;
  handlingOrg: string;
  tab: 'complaints' | 'mediation';
}

const FILTERS = ['sector', 'commune', 'channel', 'vulnerable', 'handlingOrg'] as const;

/** Today in Viet Nam, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The URL's search params as a query; this year so far by default, broken down by sector. */
export function queryOf(params: URLSearchParams): DashboardQuery {
  const today = localToday();
  const by = params.get('by');
  return {
    from: isDate(params.get('from')) ? (params.get('from') as string) : `${today.slice(0, 4)}-01-01`,
    to: isDate(params.get('to')) ? (params.get('to') as string) : today,
    by: (DIMENSIONS as readonly string[]).includes(by ?? '') ? (by as DashboardQuery['by']) : 'sector',
    sector: params.get('sector') ?? '',
    commune: params.get('commune') ?? '',
    channel: params.get('channel') ?? '',
    vulnerable: ['true', 'false'].includes(params.get('vulnerable') ?? '') ? (params.get('vulnerable') as string) : '',
    handlingOrg: params.get('handlingOrg') ?? '',
    tab: params.get('tab') === 'mediation' ? 'mediation' : 'complaints',
  };
}

/** The query as URL search params, without the empty filters. */
export function paramsOf(query: DashboardQuery): URLSearchParams {
  const params = new URLSearchParams({ from: query.from, to: query.to, by: query.by });
  for (const filter of FILTERS) if (query[filter]) params.set(filter, query[filter]);
  if (query.tab === 'mediation') params.set('tab', 'mediation');
  return params;
}

/** The api's parameters (GET /statistics and its export) for a breakdown: the period and the filters. */
export function apiParams(query: DashboardQuery, by: Dimension, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, by, ...extra });
  for (const filter of FILTERS) if (query[filter]) params.set(filter, query[filter]);
  return params.toString();
}
