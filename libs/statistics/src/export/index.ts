export * from './export-format';
export * from './export-labels';
export * from './export-table';
export * from './statistics-csv';
export * from './statistics-xlsx';
