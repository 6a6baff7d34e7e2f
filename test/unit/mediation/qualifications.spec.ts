import {
  GAP_FIELDS,
  mediatesConsumerDisputes,
  mediationTypeRule,
  type MediatorQualifications,
  QUALIFICATION_GAPS,
  qualificationGaps,
  qualificationGapViolations,
  qualificationsChanged,
} from '@app/domain';

const COMPLETE: MediatorQualifications = {
  vietnameseCitizen: true,
  fullCivilCapacity: true,
  reputationAttestedOn: '2025-03-14',
  mediationTrainingCertificate: 'HGV-2024-017',
  mediationTrainingOn: '2024-10-25',
  consumerLawTrainingOn: '2025-05-09',
  judicialRecordOn: '2025-08-20',
};

describe(qualificationGaps.name, () => {
  it('Law 19 Art 64.2: complete declarations leave no gap', () => {
    expect(qualificationGaps(COMPLETE)).toEqual([]);
  });

  it('Law 19 Art 64.2: nothing declared misses every requirement, in the order the article lists them', () => {
    const none: MediatorQualifications = {
      vietnameseCitizen: false,
      fullCivilCapacity: false,
      reputationAttestedOn: null,
      mediationTrainingCertificate: null,
      mediationTrainingOn: null,
      consumerLawTrainingOn: null,
      judicialRecordOn: null,
    };
    expect(qualificationGaps(none)).toEqual([...QUALIFICATION_GAPS]);
  });

  it.each<[string, Partial<MediatorQualifications>, string]>([
    ['a Vietnamese citizen', { vietnameseCitizen: false }, 'vietnamese_citizen'],
    ['of full civil-act capacity', { fullCivilCapacity: false }, 'full_civil_capacity'],
    ['of good ethics and reputation', { reputationAttestedOn: null }, 'ethics_and_reputation'],
    ['trained in mediation skills (certificate)', { mediationTrainingCertificate: null }, 'mediation_training'],
    ['trained in mediation skills (date)', { mediationTrainingOn: null }, 'mediation_training'],
    ['trained in consumer-protection law', { consumerLawTrainingOn: null }, 'consumer_law_training'],
    ['not prosecuted, no unexpunged conviction', { judicialRecordOn: null }, 'no_criminal_record'],
  ])('Law 19 Art 64.2: a mediator must be %s', (_, change, gap) => {
    expect(qualificationGaps({ ...COMPLETE, ...change })).toEqual([gap]);
  });

  it('Law 19 Art 64.2: each gap names the field that closes it and the rule', () => {
    expect(qualificationGapViolations(['mediation_training', 'no_criminal_record'])).toEqual([
      { field: 'mediationTrainingCertificate', rule: 'art_64_2_mediation_training' },
      { field: 'judicialRecordOn', rule: 'art_64_2_no_criminal_record' },
    ]);
    for (const gap of QUALIFICATION_GAPS) expect(GAP_FIELDS[gap].length).toBeGreaterThan(0);
  });
});

describe(qualificationsChanged.name, () => {
  it('Law 19 Art 64.2: a changed declaration needs verifying again; the same values do not', () => {
    expect(qualificationsChanged(COMPLETE, { ...COMPLETE })).toBe(false);
    expect(qualificationsChanged(COMPLETE, { ...COMPLETE, judicialRecordOn: '2026-01-08' })).toBe(true);
    expect(qualificationsChanged(COMPLETE, { ...COMPLETE, vietnameseCitizen: false })).toBe(true);
  });
});

describe(mediationTypeRule.name, () => {
  it('Law 19 Art 63.1: a mediation organisation states whether it is type (a), (b) or (c)', () => {
    expect(mediationTypeRule('mediation_organisation', null)).toBe('art_63_1_type_required');
    for (const type of ['a', 'b', 'c'] as const) expect(mediationTypeRule('mediation_organisation', type)).toBeNull();
  });

  it('Law 19 Art 63.1(a): the consumer association, a social organisation protecting consumers, is type (a)', () => {
    expect(mediationTypeRule('consumer_association', 'a')).toBeNull();
    expect(mediationTypeRule('consumer_association', null)).toBeNull();
    expect(mediationTypeRule('consumer_association', 'b')).toBe('art_63_1_association_is_type_a');
  });

  it('Law 19 Art 63.2: the public list holds mediation organisations and the association once type (a)', () => {
    expect(mediatesConsumerDisputes({ kind: 'mediation_organisation', mediationType: 'b' })).toBe(true);
    expect(mediatesConsumerDisputes({ kind: 'consumer_association', mediationType: 'a' })).toBe(true);
    expect(mediatesConsumerDisputes({ kind: 'consumer_association', mediationType: null })).toBe(false);
    expect(mediatesConsumerDisputes({ kind: 'state_agency', mediationType: null })).toBe(false);
    expect(mediatesConsumerDisputes({ kind: 'court', mediationType: 'b' })).toBe(false);
  });
});
