export * from './job-catalogue';
export * from './job-handler.decorator';
export * from './job-queue.service';
export * from './missing-handlers';
export * from './queue.module';
export * from './redis-connection';
export * from './retry-policy';
