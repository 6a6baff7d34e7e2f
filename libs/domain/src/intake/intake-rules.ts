import type { FieldViolation } from '../cases/domain-error';
import { type IsoDate, toDayNumber } from '../calendar/iso-date';
import { isSensitiveGroup, type VulnerableGroup } from './intake-vocabulary';

/** A Vietnamese tax code (mã số thuế): 10 digits, or 10 digits, '-' and 3 digits for a branch. */
export const TAX_CODE_PATTERN = /^\d{10}(?:-\d{3})?$/;

export function isTaxCode(value: string): boolean {
  return TAX_CODE_PATTERN.test(value);
}

/** A purchase cannot be dated after today (the consumer's calendar day, Asia/Ho_Chi_Minh). */
export function isNotInFuture(day: IsoDate, today: IsoDate): boolean {
  return toDayNumber(day) <= toDayNumber(today);
}

export interface IntakeConsumerFacts {
  email?: string | null;
  phone?: string | null;
  vulnerableGroups?: readonly string[] | null;
  ethnicLanguage?: string | null;
}

const given = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * Cross-field rules of a complaint form. The consumer must be reachable (email or phone), and
 * sensitive personal data (ethnicity, health: the sensitive Art 8 groups and an ethnic language) is
 * only accepted with explicit consent (PDPL 91/2025; domain.md §3, §6: silence is not consent).
 * The other Art 8 groups (elderly, children, remote areas, poor households) need no such consent.
 */
export function intakeViolations(consumer: IntakeConsumerFacts, sensitiveDataConsent: boolean): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!given(consumer.email) && !given(consumer.phone)) {
    violations.push({ field: 'consumer.email', rule: 'emailOrPhone' });
  }
  if (!sensitiveDataConsent) {
    if ((consumer.vulnerableGroups ?? []).some(isSensitiveGroup)) {
      violations.push({ field: 'consumer.vulnerableGroups', rule: 'sensitiveDataConsent' });
    }
    if (given(consumer.ethnicLanguage))
      violations.push({ field: 'consumer.ethnicLanguage', rule: 'sensitiveDataConsent' });
  }
  return violations;
}

/** The groups that may be kept: the sensitive ones only with explicit consent (PDPL 91/2025). */
export function recordableGroups(groups: readonly VulnerableGroup[], sensitiveDataConsent: boolean): VulnerableGroup[] {
  return groups.filter((group) => sensitiveDataConsent || !isSensitiveGroup(group));
}

/** Law 19 Art 8.2.đ: requests of vulnerable consumers are handled first. */
export function intakePriority(vulnerableGroups: readonly VulnerableGroup[]): {
  vulnerable: boolean;
  priority: number;
} {
  const vulnerable = vulnerableGroups.length > 0;
  return { vulnerable, priority: vulnerable ? 1 : 0 };
}
