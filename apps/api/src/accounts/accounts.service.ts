import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, StaffPrincipal } from '@app/cases';
import { OrganisationEntity, UserEntity } from '@app/persistence';
import type { Language } from '../common/validation/messages';
import { RequestValidationError } from '../common/validation/validation.pipe';
import { isUniqueViolation } from '../mediation/organisations/unique-violation';
import { accountError, selfDeactivationRefused } from './account-errors';
import { decodeAccountCursor, encodeAccountCursor } from './account-cursor';
import { toAccountDto } from './account.presenter';
import { needsOrganisation, organisationRequired, organisationUnknown } from './account-rules';
import type {
  AccountDto,
  AccountPageDto,
  CreateAccountDto,
  ListAccountsQuery,
  UpdateAccountDto,
} from './dto/account.dto';
import { PasswordLinksService } from './password-links.service';

const DEFAULT_LIMIT = 50;

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Staff accounts, managed by admins: list, create (with a set-password email), change, deactivate. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: PasswordLinksService,
  ) {}

  async list(query: ListAccountsQuery): Promise<AccountPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.organisation', 'o');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(u.email ILIKE :q OR u.full_name ILIKE :q)', { q: likePattern(query.q) });
    if (query.cursor) {
      const after = decodeAccountCursor(query.cursor);
      if (!after)
        throw new RequestValidationError([{ field: 'cursor', constraints: [{ name: 'isCursor', args: [] }] }]);
      qb.andWhere('u.email > :after', { after });
    }
    const rows = await qb
      .orderBy('u.email', 'ASC')
      .take(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((u) => toAccountDto(u, u.organisation?.name ?? null)),
      nextCursor: rows.length > limit && last ? encodeAccountCursor(last.email) : null,
    };
  }

  /** 409 email_taken; the account, its link and its email are written together or not at all. */
  async create(body: CreateAccountDto, language: Language): Promise<AccountDto> {
    if (needsOrganisation(body.role) && !body.organisationId) throw organisationRequired();
    let created: UserEntity;
    try {
      created = await this.dataSource.transaction(async (m) => {
        await this.checkOrganisation(m, body.organisationId ?? null);
        if (await m.existsBy(UserEntity, { email: body.email })) throw accountError('email_taken', language);
        const user = await m.save(
          m.create(UserEntity, {
            email: body.email,
            passwordHash: null,
            fullName: body.fullName,
            role: body.role,
            organisationId: body.organisationId ?? null,
            isSupervisor: body.supervisor ?? false,
            language: body.language ?? 'vi',
          }),
        );
        await this.links.issue(m, user);
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw accountError('email_taken', language);
      throw error;
    }
    return this.view(created.id);
  }

  /** Deactivating signs the account out everywhere and ends its links; an admin cannot deactivate themself. */
  async update(admin: StaffPrincipal, id: string, body: UpdateAccountDto, language: Language): Promise<AccountDto> {
    if (!isUuid(id)) throw new NotFoundException();
    if (body.active === false && id === admin.userId) throw selfDeactivationRefused(language);
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException();
      const role = body.role ?? user.role;
      const organisationId = body.organisationId === undefined ? user.organisationId : body.organisationId;
      if (needsOrganisation(role) && !organisationId) throw organisationRequired();
      if (organisationId !== user.organisationId) await this.checkOrganisation(m, organisationId);
      const deactivating = body.active === false && user.active;
      await m.update(
        UserEntity,
        { id },
        {
          fullName: body.fullName ?? user.fullName,
          role,
          organisationId,
          isSupervisor: body.supervisor ?? user.isSupervisor,
          active: body.active ?? user.active,
          ...(deactivating ? { tokenVersion: () => 'token_version + 1' } : {}),
        },
      );
      if (deactivating) await this.links.revokeOpenLinks(m, id);
    });
    return this.view(id);
  }

  /** A new set-password email; earlier links stop working. 409 for a deactivated account. */
  async sendPasswordLink(id: string, language: Language): Promise<void> {
    if (!isUuid(id)) throw new NotFoundException();
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException();
      if (!user.active) throw accountError('account_inactive', language);
      await this.links.issue(m, user);
    });
  }

  private async view(id: string): Promise<AccountDto> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id }, relations: { organisation: true } });
    return toAccountDto(user, user.organisation?.name ?? null);
  }

  private async checkOrganisation(m: EntityManager, organisationId: string | null): Promise<void> {
    if (organisationId && !(await m.existsBy(OrganisationEntity, { id: organisationId }))) throw organisationUnknown();
  }
}
