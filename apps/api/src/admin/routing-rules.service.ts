import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RoutingService } from '@app/cases';
import { CommuneEntity, OrganisationEntity, RoutingRuleEntity, SectorEntity } from '@app/persistence';
import { RequestValidationError } from '../common/validation/validation.pipe';
import { CreateRoutingRuleDto, RoutingRuleDto } from './dto/routing-rule.dto';

const toDto = ({ id, communeCode, sectorCode, organisationId, active }: RoutingRuleEntity): RoutingRuleDto => ({
  id,
  communeCode,
  sectorCode,
  organisationId,
  active,
});

/** Admins decide which unit handles complaints from a commune and/or sector. */
@Injectable()
export class RoutingRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
  ) {}

  async list(): Promise<RoutingRuleDto[]> {
    const rules = await this.dataSource
      .getRepository(RoutingRuleEntity)
      .find({ where: { active: true }, order: { createdAt: 'ASC' } });
    return rules.map(toDto);
  }

  async create(body: CreateRoutingRuleDto): Promise<RoutingRuleDto> {
    const unknown: string[] = [];
    if (!body.communeCode && !body.sectorCode) unknown.push('communeCode');
    if (
      body.communeCode &&
      !(await this.dataSource.getRepository(CommuneEntity).existsBy({ code: body.communeCode }))
    ) {
      unknown.push('communeCode');
    }
    if (body.sectorCode && !(await this.dataSource.getRepository(SectorEntity).existsBy({ code: body.sectorCode }))) {
      unknown.push('sectorCode');
    }
    if (!(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: body.organisationId }))) {
      unknown.push('organisationId');
    }
    if (unknown.length > 0) {
      throw new RequestValidationError(
        unknown.map((field) => ({ field, constraints: [{ name: 'isKnownReference', args: [] }] })),
      );
    }
    const saved = await this.dataSource.getRepository(RoutingRuleEntity).save({
      communeCode: body.communeCode ?? null,
      sectorCode: body.sectorCode ?? null,
      organisationId: body.organisationId,
    });
    this.routing.invalidate();
    return toDto(saved);
  }

  /** Rules are retired, not deleted, so that past routing stays explainable. */
  async retire(id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(RoutingRuleEntity)
      .update({ id, active: true }, { active: false });
    if (!result.affected) throw new NotFoundException();
    this.routing.invalidate();
  }
}
