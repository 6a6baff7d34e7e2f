import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { MailCheckController } from './mail-check.controller';
import { MailCheckService } from './mail-check.service';
import { RoutingRulesController } from './routing-rules.controller';
import { RoutingRulesService } from './routing-rules.service';

@Module({
  imports: [CasesModule],
  controllers: [MailCheckController, RoutingRulesController],
  providers: [MailCheckService, RoutingRulesService],
})
export class AdminModule {}
