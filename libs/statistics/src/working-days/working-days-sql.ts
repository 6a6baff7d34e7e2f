/** Local days are Viet Nam's (Asia/Ho_Chi_Minh, UTC+7 all year), as the clocks count them. */
export const LOCAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The local calendar day of a timestamptz column or expression. */
export const localDay = (instant: string): string => `(${instant} AT TIME ZONE '${LOCAL_TIME_ZONE}')::date`;

/**
 * A one-row CTE `day_ordinals (first_day, ordinals)` built from the working_days table: for every
 * calendar day the table covers, from `first_day` on, the ordinal of the last working day on or
 * before it, as an array indexed by the day's distance from `first_day`. For local days a ≤ b,
 * `ordinal(b) − ordinal(a)` is the number of working days in (a, b], as
 * WorkingDayCalendar.workingDaysBetween counts them. Built once per statement (a few thousand
 * days); each case then reads its days by array subscript: no join, no lookup per row, nothing for
 * the planner to misestimate. Days outside the table give NULL: durations there are unknown.
 */
export const DAY_ORDINALS_CTE = `day_ordinals AS MATERIALIZED (
  SELECT min(d.day) AS first_day, array_agg(d.ordinal ORDER BY d.day) AS ordinals
    FROM (SELECT g.day::date AS day, coalesce(max(w.ordinal) OVER (ORDER BY g.day), 0) AS ordinal
            FROM generate_series((SELECT min(day) FROM working_days)::timestamp,
                                 (SELECT max(day) FROM working_days)::timestamp, interval '1 day') AS g(day)
            LEFT JOIN working_days w ON w.day = g.day::date) d)`;

/**
 * The ordinal of the local day of `instant` (NULL when the instant is NULL or outside the table),
 * for a statement that has `day_ordinals` joined as `alias`.
 */
export const dayOrdinal = (instant: string, alias = 'cal'): string => dateOrdinal(localDay(instant), alias);

/** The ordinal of a local day (a date column or expression), as `dayOrdinal` for an instant. */
export const dateOrdinal = (day: string, alias = 'cal'): string => `${alias}.ordinals[${day} - ${alias}.first_day + 1]`;

/**
 * What the working_days table holds, digested (md5 of day#ordinal in order; '' when empty): the
 * refresher compares it with the calendar, and the rollups record the calendar they counted on.
 */
export const WORKING_DAYS_DIGEST_SQL = `SELECT coalesce(md5(string_agg(to_char(day, 'YYYY-MM-DD') || '#' || ordinal, ',' ORDER BY day)), '')
    AS digest FROM working_days`;
