import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockSettingsService, mergePolicies } from '@app/cases';
import {
  type DeadlineKind,
  type DeadlinePolicy,
  extensionsAllowed,
  isDeadlineKind,
  policyFor,
  validatePolicies,
} from '@app/domain';
import { DeadlinePolicyEntity } from '@app/persistence';
import { DeadlinePolicyDto, PutDeadlinePolicyDto } from './dto/deadline-policy.dto';
import { assertStatutoryPeriodKept, policyFieldErrors } from './policy-failures';

const toDto = (policy: DeadlinePolicy, row: DeadlinePolicyEntity | undefined): DeadlinePolicyDto => ({
  kind: policy.kind,
  unit: policy.unit,
  amount: policy.amount,
  reminderLeadWorkingDays: policy.reminderLeadWorkingDays,
  departmentEscalationWorkingDays: policy.departmentEscalationWorkingDays,
  legalBasis: policy.legalBasis,
  statutory: policy.statutory,
  actor: policy.actor,
  extendable: policy.extendable,
  maxExtensions: extensionsAllowed(policy),
  origin: row ? 'saved' : 'default',
  updatedAt: row?.updatedAt ?? null,
});

/** Admins tune the legal clocks within the law: local-practice periods, reminders, escalation. */
@Injectable()
export class DeadlinePoliciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clockSettings: ClockSettingsService,
  ) {}

  /** Every kind of clock, the saved setting laid over the law's default. */
  async list(): Promise<DeadlinePolicyDto[]> {
    const rows = await this.rows().find();
    return mergePolicies(rows).map((policy) =>
      toDto(
        policy,
        rows.find((r) => r.kind === policy.kind),
      ),
    );
  }

  async save(kind: string, body: PutDeadlinePolicyDto, adminId: string): Promise<DeadlinePolicyDto> {
    const known = this.knownKind(kind);
    assertStatutoryPeriodKept(policyFor(known), body);
    const rows = await this.rows().find();
    const candidate = mergePolicies(rows).map((policy) => (policy.kind === known ? { ...policy, ...body } : policy));
    const problems = validatePolicies(candidate);
    if (problems.length > 0) throw policyFieldErrors(known, body.unit, problems);
    const { unit, amount, reminderLeadWorkingDays, departmentEscalationWorkingDays } = body;
    await this.rows().save({
      kind: known,
      unit,
      amount,
      reminderLeadWorkingDays,
      departmentEscalationWorkingDays,
      updatedById: adminId,
    });
    this.clockSettings.invalidate();
    const row = await this.rows().findOneByOrFail({ kind: known });
    return toDto(policyFor(known, mergePolicies([row])), row);
  }

  /** Back to the law's default. */
  async reset(kind: string): Promise<void> {
    await this.rows().delete({ kind: this.knownKind(kind) });
    this.clockSettings.invalidate();
  }

  private knownKind(kind: string): DeadlineKind {
    if (!isDeadlineKind(kind)) throw new NotFoundException('No such kind of deadline');
    return kind;
  }

  private rows() {
    return this.dataSource.getRepository(DeadlinePolicyEntity);
  }
}
