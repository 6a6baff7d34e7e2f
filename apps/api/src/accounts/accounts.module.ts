import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { PasswordLinksService } from './password-links.service';
import { PasswordSetController } from './password-set.controller';

/** Staff accounts (admins) and the set-password links their owners receive. */
@Module({
  imports: [CasesModule],
  controllers: [AccountsController, PasswordSetController],
  providers: [AccountsService, PasswordLinksService],
  // Mediation admins create mediator accounts too: they get the same link.
  exports: [PasswordLinksService],
})
export class AccountsModule {}
