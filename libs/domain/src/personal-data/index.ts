export * from './consents';
export * from './contact-correction';
export * from './data-request-periods';
export * from './data-requests';
export * from './breach-rules';
export * from './retention';
export * from './data-request-reminders';
export * from './free-text';
