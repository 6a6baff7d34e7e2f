export * from './data-source-options';
export * from './ensure-database';
export * from './entities';
export * from './migrate';
export * from './reference/communes.source';
export * from './reference/sync-reference-data';
export * from './tracking-codes';
export * from './demo/seed-demo-data';
