export * from './languages';
export * from './qualifications';
export * from './follow-up';
export * from './stats';
export * from './suggestions';
export * from './organisation-rules';
export * from './records';
export * from './sessions';
