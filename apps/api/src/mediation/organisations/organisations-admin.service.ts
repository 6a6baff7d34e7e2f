import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@app/cases';
import { mediationTypeRule, type OrganisationKind, type MediationType } from '@app/domain';
import { CommuneEntity, OrganisationEntity } from '@app/persistence';
import { RequestValidationError } from '../../common/validation/validation.pipe';
import type {
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationDetailDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { isUniqueViolation } from './unique-violation';

const toDto = (o: OrganisationEntity): OrganisationDetailDto => ({
  id: o.id,
  code: o.code,
  name: o.name,
  kind: o.kind,
  mediationType: o.mediationType,
  communeCode: o.communeCode,
  address: o.address,
  email: o.email,
  phone: o.phone,
  website: o.website,
  hasSeal: o.hasSeal,
  active: o.active,
  createdAt: o.createdAt.toISOString(),
});

const fieldError = (field: string, name: string) =>
  new RequestValidationError([{ field, constraints: [{ name, args: [] }] }]);
const codeTaken = () => fieldError('code', 'isUnique');

/** Art 63.1: a mediation organisation states its type; the consumer association is type (a). */
function checkMediationType(kind: OrganisationKind, mediationType: MediationType | null): void {
  const rule = mediationTypeRule(kind, mediationType);
  if (rule) throw fieldError('mediationType', rule);
}

/** Admins keep the organisations: mediation organisations (Art 63) and the contact details of every body. */
@Injectable()
export class OrganisationsAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list({ kind }: ListOrganisationsQuery): Promise<OrganisationDetailDto[]> {
    const rows = await this.dataSource
      .getRepository(OrganisationEntity)
      .find({ where: kind ? { kind } : {}, order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(toDto);
  }

  async create(body: CreateOrganisationDto): Promise<OrganisationDetailDto> {
    const mediationType = body.mediationType ?? null;
    checkMediationType(body.kind, mediationType);
    try {
      return await this.dataSource.transaction(async (m) => {
        if (body.communeCode) await checkCommune(m, body.communeCode);
        if (await m.existsBy(OrganisationEntity, { code: body.code })) throw codeTaken();
        const saved = await m.save(OrganisationEntity, {
          code: body.code,
          name: body.name,
          kind: body.kind,
          mediationType,
          communeCode: body.communeCode ?? null,
          address: body.address ?? null,
          email: body.email ?? null,
          phone: body.phone ?? null,
          website: body.website ?? null,
          hasSeal: body.hasSeal ?? false,
        });
        return toDto(await m.findOneByOrFail(OrganisationEntity, { id: saved.id }));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken();
      throw error;
    }
  }

  /** Sets the fields given; null clears a contact detail. Code and kind never change. */
  async update(id: string, body: UpdateOrganisationDto): Promise<OrganisationDetailDto> {
    if (!isUuid(id)) throw new NotFoundException();
    return this.dataSource.transaction(async (m) => {
      const org = await m.findOne(OrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw new NotFoundException();
      const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
      const next: OrganisationEntity = { ...org, ...changes };
      checkMediationType(next.kind, next.mediationType);
      await m.save(OrganisationEntity, next);
      return toDto(next);
    });
  }
}

async function checkCommune(m: EntityManager, code: string): Promise<void> {
  if (!(await m.existsBy(CommuneEntity, { code }))) throw fieldError('communeCode', 'knownCommune');
}
