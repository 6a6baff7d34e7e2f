import { EntityManager } from 'typeorm';
import type { Audience } from '@app/domain';
import { type CaseEntity, prepared } from '@app/persistence';
import type { Recipient } from '../notifications/notification-request';

/** The organisation kind of the provincial Department of Industry and Trade (the top of the ladder). */
const DEPARTMENT_KIND = 'state_agency';

export interface AddressedRecipient extends Recipient {
  audience: Audience;
  /** Stable within a case: the message key's last part. */
  key: string;
}

/** The columns of an active staff account that a notice needs. */
interface StaffRow {
  id: string;
  email: string;
  language: 'vi' | 'en';
}

const staff = (audience: Audience, user: StaffRow): AddressedRecipient => ({
  audience,
  key: `user:${user.id}`,
  kind: 'staff',
  email: user.email,
  language: user.language,
  userId: user.id,
});

/**
 * Answers already read in one firing, by statement and parameters: a breach and the escalation
 * that follows in the same transaction ask some of the same (the unit's supervisors answer for an
 * unassigned case as advisor and as supervisors; the parties are read once for both).
 */
export type RecipientReads = Map<string, Promise<unknown[]>>;

/**
 * The people behind each audience of a clock step, each once (the first audience naming them wins).
 * The advisor is the case's assignee; with none, the unit's supervisors answer for the case.
 * A caller that resolves several steps in one transaction passes the same `reads` to each.
 */
export async function resolveAudiences(
  m: EntityManager,
  c: CaseEntity,
  audiences: readonly Audience[],
  reads: RecipientReads = new Map(),
): Promise<AddressedRecipient[]> {
  const found: AddressedRecipient[] = [];
  // Plain named statements (a handful of texts, planned once per connection): a clock's firing resolves several audiences, and TypeORM's query building
  // was a fifth of the worker's time when 10,000 clocks fell due in a minute (bench/deadlines).
  const read = <T>(sql: string, params: unknown[]): Promise<T[]> => {
    const key = `${sql}\n${JSON.stringify(params)}`;
    let answer = reads.get(key);
    if (!answer) reads.set(key, (answer = m.query<unknown[]>(prepared(sql), params)));
    return answer as Promise<T[]>;
  };
  const users = (condition: string, ...params: unknown[]) =>
    read<StaffRow>(`SELECT id, email, language FROM users WHERE active AND ${condition}`, params);
  const supervisorsOf = (organisationId: string | null) =>
    users('organisation_id = $1 AND is_supervisor', organisationId);
  const partyEmail = async (role: 'consumer' | 'business') => {
    const parties = await read<{ role: string; email: string | null }>(
      `SELECT role, email FROM case_parties WHERE case_id = $1`,
      [c.id],
    );
    return parties.find((party) => party.role === role)?.email;
  };
  for (const audience of audiences) {
    switch (audience) {
      case 'consumer':
      case 'business': {
        const language = audience === 'consumer' ? c.language : 'vi';
        found.push({ audience, key: audience, kind: audience, email: await partyEmail(audience), language });
        break;
      }
      case 'advisor': {
        const [advisor] = c.assigneeId ? await users('id = $1', c.assigneeId) : [];
        const people = advisor ? [advisor] : await supervisorsOf(c.handlingOrgId);
        found.push(...people.map((u) => staff(audience, u)));
        break;
      }
      case 'unit_supervisors':
        found.push(...(await supervisorsOf(c.handlingOrgId)).map((u) => staff(audience, u)));
        break;
      case 'mediator':
        if (c.mediatorId) found.push(...(await users('id = $1', c.mediatorId)).map((u) => staff(audience, u)));
        break;
      case 'mediation_admins':
        if (c.mediationOrgId) {
          const admins = await users(`organisation_id = $1 AND role = 'mediation_admin'`, c.mediationOrgId);
          found.push(...admins.map((u) => staff(audience, u)));
        }
        break;
      case 'department': {
        const heads = await users(
          'is_supervisor AND organisation_id IN (SELECT id FROM organisations WHERE kind = $1)',
          DEPARTMENT_KIND,
        );
        found.push(...heads.map((u) => staff(audience, u)));
        break;
      }
    }
  }
  const seen = new Set<string>();
  return found.filter((r) => r.email && !seen.has(r.key) && seen.add(r.key));
}
