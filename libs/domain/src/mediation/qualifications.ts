/** A mediator's declared qualifications (Law 19 Art 64.2), as the organisation recorded them. */
export interface MediatorQualifications {
  readonly vietnameseCitizen: boolean;
  readonly fullCivilCapacity: boolean;
  /** Attestation of good ethics and reputation (ISO date). */
  readonly reputationAttestedOn: string | null;
  /** Training in mediation skills: certificate and date. */
  readonly mediationTrainingCertificate: string | null;
  readonly mediationTrainingOn: string | null;
  /** Training in consumer-protection law (ISO date). */
  readonly consumerLawTrainingOn: string | null;
  /** Judicial-record certificate: not being prosecuted, no unexpunged conviction (ISO date). */
  readonly judicialRecordOn: string | null;
}

export type QualificationGap =
  | 'vietnamese_citizen'
  | 'full_civil_capacity'
  | 'ethics_and_reputation'
  | 'mediation_training'
  | 'consumer_law_training'
  | 'no_criminal_record';

/**
 * What is missing for someone to mediate consumer disputes (Law 19 Art 64.2): Vietnamese
 * citizenship, full civil-act capacity, good ethics and reputation, training in mediation skills
 * and in consumer-protection law, not being prosecuted and no unexpunged conviction. An empty list
 * means qualified (the organisation's admin still verifies the documents).
 */
export function qualificationGaps(q: MediatorQualifications): QualificationGap[] {
  const gaps: QualificationGap[] = [];
  if (!q.vietnameseCitizen) gaps.push('vietnamese_citizen');
  if (!q.fullCivilCapacity) gaps.push('full_civil_capacity');
  if (!q.reputationAttestedOn) gaps.push('ethics_and_reputation');
  if (!q.mediationTrainingCertificate || !q.mediationTrainingOn) gaps.push('mediation_training');
  if (!q.consumerLawTrainingOn) gaps.push('consumer_law_training');
  if (!q.judicialRecordOn) gaps.push('no_criminal_record');
  return gaps;
}
