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

/** The Art 64.2 requirements, in the order the article lists them. */
export const QUALIFICATION_GAPS = [
  'vietnamese_citizen',
  'full_civil_capacity',
  'ethics_and_reputation',
  'mediation_training',
  'consumer_law_training',
  'no_criminal_record',
] as const;

export type QualificationGap = (typeof QUALIFICATION_GAPS)[number];

/** The declarations an organisation's admin verifies; changing any of them clears the verification. */
export const QUALIFICATION_FIELDS = [
  'vietnameseCitizen',
  'fullCivilCapacity',
  'reputationAttestedOn',
  'mediationTrainingCertificate',
  'mediationTrainingOn',
  'consumerLawTrainingOn',
  'judicialRecordOn',
] as const satisfies readonly (keyof MediatorQualifications)[];

/** The field that closes each gap (for mediation training: the certificate, then its date). */
export const GAP_FIELDS: Readonly<Record<QualificationGap, readonly (keyof MediatorQualifications)[]>> = {
  vietnamese_citizen: ['vietnameseCitizen'],
  full_civil_capacity: ['fullCivilCapacity'],
  ethics_and_reputation: ['reputationAttestedOn'],
  mediation_training: ['mediationTrainingCertificate', 'mediationTrainingOn'],
  consumer_law_training: ['consumerLawTrainingOn'],
  no_criminal_record: ['judicialRecordOn'],
};

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

/** Each gap as a broken rule on the field that closes it, e.g. `judicialRecordOn` / `art_64_2_no_criminal_record`. */
export function qualificationGapViolations(gaps: readonly QualificationGap[]): { field: string; rule: string }[] {
  return gaps.map((gap) => ({ field: GAP_FIELDS[gap][0], rule: `art_64_2_${gap}` }));
}

/** Whether an edit changes what the admin verified; if so the verification no longer holds. */
export function qualificationsChanged(before: MediatorQualifications, after: MediatorQualifications): boolean {
  return QUALIFICATION_FIELDS.some((field) => before[field] !== after[field]);
}
