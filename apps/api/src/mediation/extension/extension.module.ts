import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CasesApiModule } from '../../cases/cases-api.module';
import { MediationExtensionController } from './mediation-extension.controller';
import { MediationExtensionService } from './mediation-extension.service';

/** Extending a mediation past its policy period (domain.md §2: 30 days, extendable). */
@Module({
  imports: [CasesModule, CasesApiModule],
  controllers: [MediationExtensionController],
  providers: [MediationExtensionService],
})
export class MediationExtensionModule {}
