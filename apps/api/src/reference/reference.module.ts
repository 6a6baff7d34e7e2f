import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommuneEntity, OrganisationEntity, SectorEntity } from '@app/persistence';
import { ReferenceController } from './reference.controller';
import { ReferenceService } from './reference.service';

@Module({
  imports: [TypeOrmModule.forFeature([CommuneEntity, SectorEntity, OrganisationEntity])],
  controllers: [ReferenceController],
  providers: [ReferenceService],
})
export class ReferenceModule {}
