export * from './statistics.module';
export * from './statistics-query.service';
export * from './statistics-scope';
export * from './rollup/statistics-rollup.service';
export * from './working-days/working-days.refresher';
export * from './working-days/working-days-range';
export { DAY_ORDINALS_CTE, dateOrdinal, dayOrdinal, localDay, LOCAL_TIME_ZONE } from './working-days/working-days-sql';
