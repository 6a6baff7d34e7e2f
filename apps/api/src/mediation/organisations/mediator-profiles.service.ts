import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CaseActionError, isUuid, type StaffPrincipal } from '@app/cases';
import { qualificationGaps, qualificationGapViolations, qualificationsChanged } from '@app/domain';
import { MediatorProfileEntity, OrganisationEntity } from '@app/persistence';
import { RequestValidationError } from '../../common/validation/validation.pipe';
import type { MediatorProfileDto, MediatorProfileInputDto } from './dto/mediator-profile.dto';
import { managesOrganisation, type MediatorAccess, mediatorAccess, SELF_EDITABLE } from './mediator-access';
import { findMediator, findMediatorsOfOrganisation, type MediatorRecord, unknownSectors } from './mediator-directory';
import { EMPTY_PROFILE, qualificationsOf, toMediatorProfileDto } from './mediator-profile.presenter';

/** Mediator profiles (Law 19 Art 64.2): declared and verified by the organisation, partly kept by the mediator. */
@Injectable()
export class MediatorProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listOfOrganisation(staff: StaffPrincipal, orgId: string): Promise<MediatorProfileDto[]> {
    if (!isUuid(orgId) || !managesOrganisation(staff, orgId)) throw new NotFoundException();
    const m = this.dataSource.manager;
    if (!(await m.existsBy(OrganisationEntity, { id: orgId }))) throw new NotFoundException();
    return (await findMediatorsOfOrganisation(m, orgId)).map(toMediatorProfileDto);
  }

  async profile(staff: StaffPrincipal, userId: string): Promise<MediatorProfileDto> {
    const { record } = await this.visibleMediator(this.dataSource.manager, staff, userId);
    return toMediatorProfileDto(record);
  }

  /** Sets the fields given; a change to the Art 64.2 declarations clears the verification. */
  async update(staff: StaffPrincipal, userId: string, body: MediatorProfileInputDto): Promise<MediatorProfileDto> {
    return this.dataSource.transaction(async (m) => {
      const { record, access } = await this.visibleMediator(m, staff, userId, true);
      if (access === 'self') {
        const notTheirs = Object.keys(body).filter(
          (field) => body[field as keyof MediatorProfileInputDto] !== undefined && !isSelfEditable(field),
        );
        if (notTheirs.length > 0)
          throw new ForbiddenException(
            `A mediator may change only ${SELF_EDITABLE.join(', ')}; not ${notTheirs.join(', ')}`,
          );
      }
      const unknown = await unknownSectors(m, body.sectors ?? []);
      if (unknown.length > 0)
        throw new RequestValidationError([{ field: 'sectors', constraints: [{ name: 'knownSector', args: [] }] }]);
      const before = record.profile ?? { ...EMPTY_PROFILE, userId };
      const after = {
        ...before,
        ...definedFields(body),
        ...(body.ties && {
          ties: body.ties.map((t) => ({ taxCode: t.taxCode ?? null, name: t.name ?? null, note: t.note ?? null })),
        }),
        userId,
      };
      if (qualificationsChanged(qualificationsOf(before), qualificationsOf(after))) {
        after.verifiedAt = null;
        after.verifiedById = null;
      }
      const saved = await m.save(MediatorProfileEntity, after);
      return toMediatorProfileDto({ ...record, profile: saved });
    });
  }

  /** The organisation's admin confirms the documents; refused (422) while Art 64.2 still has gaps. */
  async verify(staff: StaffPrincipal, userId: string): Promise<MediatorProfileDto> {
    return this.dataSource.transaction(async (m) => {
      const { record, access } = await this.visibleMediator(m, staff, userId, true);
      if (access !== 'manage') throw new NotFoundException();
      const profile = record.profile ?? { ...EMPTY_PROFILE, userId };
      const gaps = qualificationGaps(profile);
      if (gaps.length > 0) throw new CaseActionError('rule_violated', qualificationGapViolations(gaps));
      const saved = await m.save(MediatorProfileEntity, {
        ...profile,
        verifiedAt: new Date(),
        verifiedById: staff.userId,
      });
      return toMediatorProfileDto({ ...record, profile: saved });
    });
  }

  private async visibleMediator(
    m: EntityManager,
    staff: StaffPrincipal,
    userId: string,
    lock = false,
  ): Promise<{ record: MediatorRecord; access: Exclude<MediatorAccess, 'none'> }> {
    const record = isUuid(userId) ? await findMediator(m, userId, lock) : null;
    const access = record ? mediatorAccess(staff, record.user) : 'none';
    if (!record || access === 'none') throw new NotFoundException();
    return { record, access };
  }
}

const isSelfEditable = (field: string): boolean => (SELF_EDITABLE as readonly string[]).includes(field);

/** The fields the caller sent (left-out ones are undefined and keep their value). */
function definedFields(body: MediatorProfileInputDto): Partial<MediatorProfileEntity> {
  const { ties: _ties, ...rest } = body;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}
