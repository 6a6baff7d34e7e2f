import { Module } from '@nestjs/common';
import { MailCheckController } from './mail-check.controller';
import { MailCheckService } from './mail-check.service';
import { RoutingRulesController } from './routing-rules.controller';
import { RoutingRulesService } from './routing-rules.service';

@Module({
  controllers: [MailCheckController, RoutingRulesController],
  providers: [MailCheckService, RoutingRulesService],
})
export class AdminModule {}
