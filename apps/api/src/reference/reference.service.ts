import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommuneEntity, OrganisationEntity, SectorEntity } from '@app/persistence';
import type { Language } from '../common/validation/messages';
import { CommuneDto, OrganisationDto, SectorDto } from './reference.dto';

@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(CommuneEntity) private readonly communes: Repository<CommuneEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async listCommunes(): Promise<CommuneDto[]> {
    const rows = await this.communes.find({ order: { code: 'ASC' } });
    return rows.map(({ code, name, kind }) => ({ code, name, kind }));
  }

  async listSectors(language: Language): Promise<SectorDto[]> {
    const rows = await this.sectors.find({ order: { sortOrder: 'ASC' } });
    return rows.map((s) => ({ code: s.code, name: language === 'en' ? s.nameEn : s.nameVi }));
  }

  async listOrganisations(): Promise<OrganisationDto[]> {
    const rows = await this.organisations.find({ order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(({ id, name, kind }) => ({ id, name, kind }));
  }
}
