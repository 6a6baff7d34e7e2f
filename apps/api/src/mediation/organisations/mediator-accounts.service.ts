import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseActionError, isUuid, type StaffPrincipal } from '@app/cases';
import { mediatesConsumerDisputes } from '@app/domain';
import { MediatorProfileEntity, OrganisationEntity, UserEntity } from '@app/persistence';
import { PasswordLinksService } from '../../accounts/password-links.service';
import { RequestValidationError } from '../../common/validation/validation.pipe';
import type { CreateMediatorDto, MediatorProfileDto } from './dto/mediator-profile.dto';
import { managesOrganisation } from './mediator-access';
import { EMPTY_PROFILE, toMediatorProfileDto } from './mediator-profile.presenter';
import { isUniqueViolation } from './unique-violation';

const emailTaken = () =>
  new RequestValidationError([{ field: 'email', constraints: [{ name: 'isUnique', args: [] }] }]);

/**
 * A mediator account in its organisation, with an empty profile to fill in and verify. It has no
 * password: nobody can sign in with it until its owner sets one from the emailed one-time link.
 */
@Injectable()
export class MediatorAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwordLinks: PasswordLinksService,
  ) {}

  async create(staff: StaffPrincipal, orgId: string, body: CreateMediatorDto): Promise<MediatorProfileDto> {
    if (!isUuid(orgId) || !managesOrganisation(staff, orgId)) throw new NotFoundException();
    try {
      return await this.dataSource.transaction(async (m) => {
        const org = await m.findOneBy(OrganisationEntity, { id: orgId });
        if (!org) throw new NotFoundException();
        if (!mediatesConsumerDisputes(org))
          throw new CaseActionError('rule_violated', [
            { field: 'orgId', rule: 'art_63_1_not_a_mediation_organisation' },
          ]);
        if (await m.existsBy(UserEntity, { email: body.email })) throw emailTaken();
        const user = await m.save(UserEntity, {
          email: body.email,
          passwordHash: null,
          fullName: body.fullName,
          role: 'mediator',
          organisationId: org.id,
          language: body.language ?? 'vi',
        });
        const profile = await m.save(MediatorProfileEntity, { ...EMPTY_PROFILE, userId: user.id });
        await this.passwordLinks.issue(m, user);
        return toMediatorProfileDto({ user, profile, openCases: 0 });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
  }
}
