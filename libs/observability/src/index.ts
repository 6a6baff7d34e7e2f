export * from './logger.module';
export * from './run-main';
export * from './startup-checks';
export * from './close-on-signals';
