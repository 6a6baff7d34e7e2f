export * from './iso-date';
export * from './vn-time';
export * from './year-table';
export * from './statutory-holidays';
export * from './official-tables';
export type { WorkingDays } from './deadlines';
export { workingDaysLeft } from './deadlines';
export * from './working-day-calendar';
