export * from './mail-message';
export * from './mail.module';
export * from './message-id';
export * from './smtp-mailer';
