import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '@app/cases';
import { mediatesConsumerDisputes, mediationLanguage } from '@app/domain';
import { MediatorProfileEntity, OrganisationEntity, SectorEntity, UserEntity } from '@app/persistence';
import type {
  NamedCodeDto,
  PublicMediationOrganisationDto,
  PublicMediatorPageDto,
  PublicMediatorsQuery,
} from './dto/public-mediation.dto';

const DEFAULT_LIMIT = 50;
// The list is short (the association and a few centres); the cap only guards against a runaway table.
const MAX_ORGANISATIONS = 200;

/**
 * The public lists of Art 63.2: organisations that mediate consumer disputes and their verified
 * mediators, without contact details, ties, capacity or documents.
 */
@Injectable()
export class PublicMediationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async organisations(): Promise<PublicMediationOrganisationDto[]> {
    const rows = await this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.commune', 'commune')
      .where('o.active')
      .andWhere(
        `((o.kind = 'mediation_organisation' AND o.mediation_type IS NOT NULL) OR (o.kind = 'consumer_association' AND o.mediation_type = 'a'))`,
      )
      .orderBy('o.name', 'ASC')
      .take(MAX_ORGANISATIONS)
      .getMany();
    const counts = await this.mediatorCounts(rows.map((o) => o.id));
    return rows.flatMap((o) =>
      o.mediationType && mediatesConsumerDisputes(o)
        ? [
            {
              id: o.id,
              name: o.name,
              kind: o.kind,
              mediationType: o.mediationType,
              address: o.address,
              communeCode: o.communeCode,
              communeName: o.commune?.name ?? null,
              website: o.website,
              mediators: counts.get(o.id) ?? 0,
            },
          ]
        : [],
    );
  }

  async mediators(
    orgId: string,
    { limit = DEFAULT_LIMIT, offset = 0 }: PublicMediatorsQuery,
  ): Promise<PublicMediatorPageDto> {
    const org = isUuid(orgId) ? await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: orgId }) : null;
    if (!org || !org.active || !mediatesConsumerDisputes(org)) throw new NotFoundException();
    const query = this.listed().andWhere('u.organisation_id = :orgId', { orgId });
    const total = await query.getCount();
    const rows = await query
      .select('u.id', 'id')
      .addSelect('u.full_name', 'fullName')
      .addSelect('p.languages', 'languages')
      .addSelect('p.sectors', 'sectors')
      .addSelect('p.public_profile', 'publicProfile')
      .orderBy('u.full_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getRawMany<{
        id: string;
        fullName: string;
        languages: string[];
        sectors: string[];
        publicProfile: string | null;
      }>();
    const sectorNames = await this.sectorNames();
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        fullName: r.fullName,
        languages: r.languages.flatMap((code) => {
          const language = mediationLanguage(code);
          return language ? [{ code, vi: language.vi, en: language.en }] : [];
        }),
        sectors: r.sectors.flatMap((code) => {
          const sector = sectorNames.get(code);
          return sector ? [sector] : [];
        }),
        publicProfile: r.publicProfile,
      })),
    };
  }

  /** Active mediator accounts whose profile the organisation has verified. */
  private listed(): SelectQueryBuilder<UserEntity> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(MediatorProfileEntity, 'p', 'p.user_id = u.id')
      .where(`u.role = 'mediator'`)
      .andWhere('u.active')
      .andWhere('p.verified_at IS NOT NULL');
  }

  private async mediatorCounts(orgIds: string[]): Promise<Map<string, number>> {
    if (orgIds.length === 0) return new Map();
    const rows = await this.listed()
      .select('u.organisation_id', 'orgId')
      .addSelect('count(*)::int', 'n')
      .andWhere('u.organisation_id IN (:...orgIds)', { orgIds })
      .groupBy('u.organisation_id')
      .getRawMany<{ orgId: string; n: number }>();
    return new Map(rows.map((r) => [r.orgId, Number(r.n)]));
  }

  private async sectorNames(): Promise<Map<string, NamedCodeDto>> {
    const sectors = await this.dataSource.getRepository(SectorEntity).find();
    return new Map(sectors.map((s) => [s.code, { code: s.code, vi: s.nameVi, en: s.nameEn }]));
  }
}
