export * from './languages';
export * from './qualifications';
