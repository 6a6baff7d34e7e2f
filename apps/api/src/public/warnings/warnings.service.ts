import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { isUuid, type StaffPrincipal } from '@app/cases';
import {
  approvalRefusal,
  rejectionRefusal,
  SUBSTANTIATED_STATUSES,
  warningExpiresAt,
  warningProposalViolations,
} from '@app/domain';
import { BusinessWarningEntity } from '@app/persistence';
import type { Language } from '../../common/validation/messages';
import { fieldErrors } from '../../complaints/field-errors';
import type { ListWarningsQuery } from './dto/list-warnings.query';
import type { ProposeWarningDto } from './dto/propose-warning.dto';
import type { RejectWarningDto } from './dto/reject-warning.dto';
import type { PublicWarningDto, WarningDto } from './dto/warning.dto';
import { warningError } from './warning-errors';
import { toPublicWarning, toStaffWarning } from './warning.presenter';

const DEFAULT_LIMIT = 50;
// Published warnings are few (each needs a supervisor's approval); the cap guards against a runaway table.
const PUBLIC_MAX = 500;

interface SubstantiatedCase {
  id: string;
  status: (typeof SUBSTANTIATED_STATUSES)[number];
  /** Only to check that the summary does not name them; never stored with the warning. */
  consumerName: string | null;
}

/**
 * Business warnings (Decree 55/2024 Art 24.3 spirit; Plan 126 "inform and warn consumers"): staff
 * propose from the substantiated complaints against a tax code, a supervisor other than the proposer
 * approves, the warning is public for 30 days.
 */
@Injectable()
export class WarningsService {
  private readonly warnings: Repository<BusinessWarningEntity>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.warnings = dataSource.getRepository(BusinessWarningEntity);
  }

  async propose(staff: StaffPrincipal, body: ProposeWarningDto, language: Language, now = new Date()) {
    const cases = await this.substantiatedCases(body.taxCode);
    const violations = warningProposalViolations({
      summary: body.summary,
      taxCode: body.taxCode,
      substantiatedComplaints: cases.length,
      consumerNames: cases.flatMap((c) => (c.consumerName ? [c.consumerName] : [])),
    });
    const fieldViolations = violations.filter((v) => v.rule !== 'no_substantiated_complaints');
    if (fieldViolations.length > 0) throw fieldErrors(fieldViolations);
    if (violations.length > 0) throw warningError('no_substantiated_complaints', language);
    const saved = await this.warnings.save({
      businessName: body.businessName,
      taxCode: body.taxCode,
      kind: body.kind,
      summary: body.summary,
      substantiatedCount: cases.length,
      resolvedCount: cases.filter((c) => c.status === 'resolved').length,
      unresolvedCount: cases.filter((c) => c.status === 'unresolved').length,
      caseIds: cases.map((c) => c.id),
      status: 'proposed',
      proposedBy: staff.userId,
    });
    return toStaffWarning(await this.warnings.findOneByOrFail({ id: saved.id }), language, now);
  }

  async list({ status, limit = DEFAULT_LIMIT }: ListWarningsQuery, language: Language, now = new Date()) {
    const rows = await this.warnings.find({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
    return rows.map((w) => toStaffWarning(w, language, now));
  }

  async get(id: string, language: Language, now = new Date()): Promise<WarningDto> {
    return toStaffWarning(await this.find(id, language), language, now);
  }

  async approve(staff: StaffPrincipal, id: string, language: Language, now = new Date()): Promise<WarningDto> {
    const warning = await this.find(id, language);
    const refusal = approvalRefusal(this.decider(staff), warning);
    if (refusal !== null) throw warningError(refusal, language);
    await this.decide(warning.id, language, {
      status: 'published',
      decidedBy: staff.userId,
      decidedAt: now,
      publishedAt: now,
      expiresAt: warningExpiresAt(now),
    });
    return this.get(warning.id, language, now);
  }

  async reject(
    staff: StaffPrincipal,
    id: string,
    { reason }: RejectWarningDto,
    language: Language,
    now = new Date(),
  ): Promise<WarningDto> {
    const warning = await this.find(id, language);
    const refusal = rejectionRefusal(this.decider(staff), warning);
    if (refusal !== null) throw warningError(refusal, language);
    await this.decide(warning.id, language, { status: 'rejected', decidedBy: staff.userId, decidedAt: now, reason });
    return this.get(warning.id, language, now);
  }

  /** Published and not yet expired: an expired warning is never shown, whether or not it was archived yet. */
  async published(language: Language, now = new Date()): Promise<PublicWarningDto[]> {
    const rows = await this.warnings
      .createQueryBuilder('w')
      .where(`w.status = 'published'`)
      .andWhere('w.expires_at > :now', { now })
      .orderBy('w.published_at', 'DESC')
      .addOrderBy('w.id', 'ASC')
      .take(PUBLIC_MAX)
      .getMany();
    return rows.map((w) => toPublicWarning(w, language));
  }

  private decider(staff: StaffPrincipal) {
    return { userId: staff.userId, role: staff.role, supervisor: staff.supervisor };
  }

  private async find(id: string, language: Language): Promise<BusinessWarningEntity> {
    const warning = isUuid(id) ? await this.warnings.findOneBy({ id }) : null;
    if (!warning) throw warningError('not_found', language);
    return warning;
  }

  /** Decides only a warning still proposed: of two supervisors deciding at once, the second gets 409. */
  private async decide(id: string, language: Language, changes: Partial<BusinessWarningEntity>): Promise<void> {
    const result = await this.warnings
      .createQueryBuilder()
      .update()
      .set(changes)
      .where(`id = :id AND status = 'proposed'`, { id })
      .execute();
    if (result.affected !== 1) throw warningError('not_proposed', language);
  }

  /** Closed resolved or unresolved cases against the business with this tax code, with their consumer's name. */
  private substantiatedCases(taxCode: string): Promise<SubstantiatedCase[]> {
    return this.dataSource.query<SubstantiatedCase[]>(
      `SELECT c.id::text AS id, c.status, k.name AS "consumerName" FROM cases c
         JOIN case_parties p ON p.case_id = c.id AND p.role = 'business'
         LEFT JOIN case_parties k ON k.case_id = c.id AND k.role = 'consumer'
        WHERE p.tax_code = $1 AND c.status = ANY($2)
        ORDER BY c.closed_at, c.id`,
      [taxCode, SUBSTANTIATED_STATUSES],
    );
  }
}
