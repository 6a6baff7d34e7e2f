import { type MediatorQualifications, qualificationGaps } from '@app/domain';
import type { MediatorProfileEntity } from '@app/persistence';
import type { MediatorProfileDto } from './dto/mediator-profile.dto';
import type { MediatorRecord } from './mediator-directory';

/** The profile of a mediator who has none yet: the table's defaults, nothing declared. */
export const EMPTY_PROFILE: Omit<MediatorProfileEntity, 'userId' | 'user' | 'updatedAt'> = {
  vietnameseCitizen: false,
  fullCivilCapacity: false,
  reputationAttestedOn: null,
  mediationTrainingCertificate: null,
  mediationTrainingOn: null,
  consumerLawTrainingOn: null,
  judicialRecordOn: null,
  verifiedAt: null,
  verifiedById: null,
  languages: ['vi'],
  sectors: [],
  ties: [],
  maxOpenCases: 10,
  accepting: true,
  publicProfile: null,
};

export const qualificationsOf = (p: MediatorQualifications): MediatorQualifications => ({
  vietnameseCitizen: p.vietnameseCitizen,
  fullCivilCapacity: p.fullCivilCapacity,
  reputationAttestedOn: p.reputationAttestedOn,
  mediationTrainingCertificate: p.mediationTrainingCertificate,
  mediationTrainingOn: p.mediationTrainingOn,
  consumerLawTrainingOn: p.consumerLawTrainingOn,
  judicialRecordOn: p.judicialRecordOn,
});

export function toMediatorProfileDto({ user, profile, openCases }: MediatorRecord): MediatorProfileDto {
  const p = profile ?? EMPTY_PROFILE;
  const verified = p.verifiedAt !== null;
  return {
    userId: user.id,
    email: user.email,
    fullName: user.fullName,
    organisationId: user.organisationId,
    active: user.active,
    ...qualificationsOf(p),
    gaps: qualificationGaps(p),
    verified,
    verifiedAt: p.verifiedAt?.toISOString() ?? null,
    verifiedById: p.verifiedById,
    languages: p.languages,
    sectors: p.sectors,
    ties: p.ties.map((t) => ({ taxCode: t.taxCode ?? null, name: t.name ?? null, note: t.note ?? null })),
    maxOpenCases: p.maxOpenCases,
    openCases,
    accepting: p.accepting,
    available: user.active && verified && p.accepting && openCases < p.maxOpenCases,
    publicProfile: p.publicProfile,
  };
}
