export * from './mail-message';
export * from './mail.module';
export * from './smtp-mailer';
