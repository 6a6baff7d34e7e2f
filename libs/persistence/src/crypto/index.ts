export * from './field-cipher';
export * from './data-keys';
export * from './encrypted-columns';
export * from './rotate-keys';
