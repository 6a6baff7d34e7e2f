import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { BusinessController } from './business.controller';
import { BusinessLinkService } from './business-link.service';

/** The business's side: one case through a secure, expiring, revocable link. */
@Module({ imports: [CasesModule], controllers: [BusinessController], providers: [BusinessLinkService] })
export class BusinessModule {}
