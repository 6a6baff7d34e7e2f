import { Module } from '@nestjs/common';
import { MailCheckController } from './mail-check.controller';
import { MailCheckService } from './mail-check.service';

@Module({ controllers: [MailCheckController], providers: [MailCheckService] })
export class AdminModule {}
