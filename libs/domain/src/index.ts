export * from './access/roles';
export * from './reference/communes';
export * from './reference/organisations';
export * from './reference/sectors';
export * from './calendar';
export * from './cases';
export * from './intake';
export * from './deadlines';
