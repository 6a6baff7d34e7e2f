export * from './deadline-kinds';
export * from './default-policies';
export * from './validate-policies';
export * from './due-at';
export * from './deadline-status';
export * from './clock-types';
export * from './clock-table';
export * from './clock-steps';
