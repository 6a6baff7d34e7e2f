import { EntityManager, In } from 'typeorm';
import {
  type AssignmentCaseFacts,
  type DeclinedBy,
  foldLanguageText,
  languageCodeOf,
  languageUnknown,
  type MediatorCandidate,
  qualificationGaps,
} from '@app/domain';
import { CaseEntity, CasePartyEntity, MediatorProfileEntity, UserEntity } from '@app/persistence';

/** A mediator as assignment sees them, with what an email to them needs. */
export interface MediatorOfOrganisation {
  readonly candidate: MediatorCandidate;
  readonly email: string;
  readonly language: 'vi' | 'en';
}

// A mediator without a profile has declared nothing: never verified, default capacity, Vietnamese only.
const NO_PROFILE = { verified: false, accepting: true, maxOpenCases: 10, languages: ['vi'], sectors: [], ties: [] };

/** Verified by the organisation and nothing Art 64.2 requires is missing. */
const isVerified = (profile: MediatorProfileEntity): boolean =>
  profile.verifiedAt !== null && qualificationGaps(profile).length === 0;

/**
 * The active mediators of a mediation organisation (or the one named by `onlyId`), with their
 * profile and how many open cases (assigned, not closed) each holds.
 */
export async function mediatorsOfOrganisation(
  m: EntityManager,
  organisationId: string,
  onlyId?: string,
): Promise<MediatorOfOrganisation[]> {
  const users = await m.find(UserEntity, {
    where: { role: 'mediator', active: true, organisationId, ...(onlyId ? { id: onlyId } : {}) },
    order: { fullName: 'ASC' },
  });
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const profiles = new Map((await m.findBy(MediatorProfileEntity, { userId: In(ids) })).map((p) => [p.userId, p]));
  const counts = await m.query<{ id: string; open: number }[]>(
    `SELECT mediator_id AS id, count(*)::int AS open FROM cases
      WHERE mediator_id = ANY($1::uuid[]) AND closed_at IS NULL GROUP BY mediator_id`,
    [ids],
  );
  const open = new Map(counts.map((row) => [row.id, row.open]));
  return users.map((user) => {
    const profile = profiles.get(user.id);
    const declared = profile
      ? {
          verified: isVerified(profile),
          accepting: profile.accepting,
          maxOpenCases: profile.maxOpenCases,
          languages: profile.languages,
          sectors: profile.sectors,
          ties: profile.ties,
        }
      : NO_PROFILE;
    return {
      candidate: { id: user.id, name: user.fullName, openCases: open.get(user.id) ?? 0, ...declared },
      email: user.email,
      language: user.language,
    };
  });
}

/** Holds the mediator's profile row until the transaction ends: two appointments cannot both take the last place. */
export async function lockMediatorProfile(m: EntityManager, mediatorId: string): Promise<void> {
  await m.query('SELECT 1 FROM mediator_profiles WHERE user_id = $1 FOR UPDATE', [mediatorId]);
}

/**
 * What of the case matters for choosing its mediator: sector, the business (conflict of interest)
 * and the languages of the parties (Art 64.3). A language we have no code for still counts: nobody
 * declared it, so whoever is appointed needs an interpreter. A party flagged as an ethnic-minority
 * consumer without a recorded language makes the language unknown: the mediator must ask.
 */
export async function assignmentFactsOf(m: EntityManager, c: CaseEntity): Promise<AssignmentCaseFacts> {
  const parties = await m.findBy(CasePartyEntity, { caseId: c.id });
  const business = parties.find((p) => p.role === 'business');
  const spoken = parties.flatMap((p) => {
    if (!p.ethnicLanguage?.trim()) return [];
    const code = languageCodeOf(p.ethnicLanguage) ?? foldLanguageText(p.ethnicLanguage).replace(/ /g, '_');
    return code ? [code] : [];
  });
  return {
    sectorCode: c.sectorCode,
    business: business ? { taxCode: business.taxCode, name: business.name } : null,
    partyLanguages: ['vi', ...spoken],
    languageUnknown: languageUnknown(parties),
  };
}

/** Mediators who declined this case, with or without a declared conflict of interest (from its timeline). */
export async function mediatorsWhoDeclined(m: EntityManager, caseId: string): Promise<DeclinedBy[]> {
  return m.query<DeclinedBy[]>(
    `SELECT data->'detail'->>'mediatorId' AS "mediatorId", bool_or(data->'detail'->>'conflict' = 'true') AS conflict
       FROM case_events WHERE case_id = $1 AND action = 'mediator_declined'
      GROUP BY data->'detail'->>'mediatorId'`,
    [caseId],
  );
}

/** The active mediation admins of an organisation, who hear that a case needs a mediator again. */
export function mediationAdminsOf(m: EntityManager, organisationId: string): Promise<UserEntity[]> {
  return m.findBy(UserEntity, { role: 'mediation_admin', active: true, organisationId });
}
