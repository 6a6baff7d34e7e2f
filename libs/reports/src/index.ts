export * from './annual/annual-report-data';
export * from './annual/annual-report-pdf';
export * from './annual/annual-report-xlsx';
export * from './annual/annual-report.compiler';
export * from './queries/annual-report-queries';
export * from './queries/mediation-outcome-rows';
export * from './report-store';
export * from './reports.module';
