import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StaffPrincipal } from '@app/cases';
import {
  BREACH_LEGAL_BASIS,
  breachChangeRefusals,
  breachNotifyBy,
  breachState,
  compareForRegister,
  isBreachOverdue,
  wasNotifiedLate,
} from '@app/domain/personal-data';
import { DataBreachEntity } from '@app/persistence';
import type { Language } from '../../common/validation/messages';
import { breachChangeRefused, breachFieldErrors, breachNotFound } from './breach-errors';
import type { BreachDto } from './dto/breach.dto';
import type { RecordBreachDto } from './dto/record-breach.dto';
import type { UpdateBreachDto } from './dto/update-breach.dto';

/** The personal-data breach register (issue 12 item 13): admins record, follow and close breaches. */
@Injectable()
export class BreachesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(staff: StaffPrincipal, body: RecordBreachDto, language: Language): Promise<BreachDto> {
    const caseIds = body.caseIds ?? [];
    await this.assertCasesExist(caseIds, language);
    const saved = await this.dataSource.getRepository(DataBreachEntity).save({
      discoveredAt: new Date(body.discoveredAt),
      recordedBy: staff.userId,
      description: body.description,
      dataCategories: body.dataCategories,
      approximatePeople: body.approximatePeople ?? null,
      caseIds,
      consequences: body.consequences ?? null,
      measures: body.measures ?? null,
    });
    return this.get(saved.id, language);
  }

  /** Every breach, in the register's order, with its deadline and whether it is overdue. */
  async list(language: Language): Promise<BreachDto[]> {
    const rows = await this.dataSource.getRepository(DataBreachEntity).find();
    return this.present(rows.sort(compareForRegister), language);
  }

  async get(id: string, language: Language): Promise<BreachDto> {
    const row = await this.dataSource.getRepository(DataBreachEntity).findOneBy({ id });
    if (!row) throw breachNotFound(language);
    const [dto] = await this.present([row], language);
    return dto;
  }

  /** Records the notices, what is known since, or closes; the domain decides what may change. */
  async update(id: string, body: UpdateBreachDto, language: Language): Promise<BreachDto> {
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOne(DataBreachEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw breachNotFound(language);
      const authorityNotifiedAt = body.authorityNotifiedAt ? new Date(body.authorityNotifiedAt) : undefined;
      const subjectsNotifiedAt = body.subjectsNotifiedAt ? new Date(body.subjectsNotifiedAt) : undefined;
      const refusals = breachChangeRefusals(row, { authorityNotifiedAt, subjectsNotifiedAt, close: body.close });
      if (refusals.length > 0) throw breachChangeRefused(refusals, language);
      await m.update(
        DataBreachEntity,
        { id },
        {
          ...(authorityNotifiedAt && { authorityNotifiedAt }),
          ...(subjectsNotifiedAt && { subjectsNotifiedAt }),
          ...(body.authorityReference !== undefined && { authorityReference: body.authorityReference }),
          ...(body.approximatePeople !== undefined && { approximatePeople: body.approximatePeople }),
          ...(body.consequences !== undefined && { consequences: body.consequences }),
          ...(body.measures !== undefined && { measures: body.measures }),
          ...(body.close && { closedAt: new Date() }),
        },
      );
    });
    return this.get(id, language);
  }

  /** Every case named must exist: nothing is stored otherwise. */
  private async assertCasesExist(caseIds: readonly string[], language: Language): Promise<void> {
    if (caseIds.length === 0) return;
    const [{ found }] = await this.dataSource.query<{ found: number }[]>(
      `SELECT count(*)::int AS found FROM cases WHERE id = ANY($1::uuid[])`,
      [caseIds],
    );
    if (found < caseIds.length) throw breachFieldErrors([{ field: 'caseIds', rule: 'unknown_case' }], language);
  }

  private async present(rows: readonly DataBreachEntity[], language: Language): Promise<BreachDto[]> {
    const now = new Date();
    const caseIds = [...new Set(rows.flatMap((row) => row.caseIds))];
    const userIds = [...new Set(rows.map((row) => row.recordedBy))];
    const [cases, users] = await Promise.all([
      caseIds.length === 0
        ? []
        : this.dataSource.query<{ id: string; tracking_code: string }[]>(
            `SELECT id, tracking_code FROM cases WHERE id = ANY($1::uuid[])`,
            [caseIds],
          ),
      this.dataSource.query<{ id: string; full_name: string }[]>(
        `SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])`,
        [userIds],
      ),
    ]);
    const codes = new Map(cases.map((c) => [c.id, c.tracking_code]));
    const names = new Map(users.map((u) => [u.id, u.full_name]));
    return rows.map((row) => ({
      id: row.id,
      state: breachState(row),
      discoveredAt: row.discoveredAt,
      notifyBy: breachNotifyBy(row.discoveredAt),
      overdue: isBreachOverdue(row, now),
      notifiedLate: wasNotifiedLate(row),
      legalBasis: BREACH_LEGAL_BASIS[language],
      recordedAt: row.recordedAt,
      recordedBy: { id: row.recordedBy, name: names.get(row.recordedBy) ?? null },
      description: row.description,
      dataCategories: row.dataCategories,
      approximatePeople: row.approximatePeople,
      cases: row.caseIds.map((id) => ({ id, trackingCode: codes.get(id) ?? null })),
      consequences: row.consequences,
      measures: row.measures,
      authorityNotifiedAt: row.authorityNotifiedAt,
      authorityReference: row.authorityReference,
      subjectsNotifiedAt: row.subjectsNotifiedAt,
      closedAt: row.closedAt,
    }));
  }
}
