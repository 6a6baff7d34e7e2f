export * from './duplicates';
export * from './evidence-files';
export * from './intake-rules';
export * from './intake-vocabulary';
export * from './intake-warnings';
export * from './rating-rules';
