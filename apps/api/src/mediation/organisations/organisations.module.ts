import { Module } from '@nestjs/common';
import { AccountsModule } from '../../accounts/accounts.module';
import { MediatorAccountsService } from './mediator-accounts.service';
import { MediatorProfilesController } from './mediator-profiles.controller';
import { MediatorProfilesService } from './mediator-profiles.service';
import { OrganisationsAdminController } from './organisations-admin.controller';
import { OrganisationsAdminService } from './organisations-admin.service';
import { PublicMediationController } from './public-mediation.controller';
import { PublicMediationService } from './public-mediation.service';

/** Organisations (Art 63), mediator profiles (Art 64.2) and the public lists (Art 63.2). */
@Module({
  imports: [AccountsModule],
  controllers: [OrganisationsAdminController, MediatorProfilesController, PublicMediationController],
  providers: [OrganisationsAdminService, MediatorProfilesService, MediatorAccountsService, PublicMediationService],
})
export class MediationOrganisationsModule {}
