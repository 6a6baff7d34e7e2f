import {
  type AssignmentCaseFacts,
  languageRefusal,
  languageUnknown,
  type MediatorCandidate,
  suggestMediators,
} from '@app/domain/mediation';

const mediator = (id: string, languages: string[]): MediatorCandidate => ({
  id,
  name: `Hòa giải viên ${id}`,
  verified: true,
  accepting: true,
  openCases: 0,
  maxOpenCases: 10,
  languages,
  sectors: [],
  ties: [],
});

const facts = (overrides: Partial<AssignmentCaseFacts> = {}): AssignmentCaseFacts => ({
  sectorCode: 'ecommerce',
  business: { taxCode: '4600123456', name: 'Công ty TNHH Điện máy Thái Nguyên' },
  partyLanguages: ['vi'],
  ...overrides,
});

describe(languageUnknown.name, () => {
  it('Law 19 Art 64.3: a consumer flagged ethnic minority (Art 8) with no language given: unknown, the mediator must ask', () => {
    expect(languageUnknown([{ vulnerableGroups: ['ethnic_minority'], ethnicLanguage: null }])).toBe(true);
    expect(languageUnknown([{ vulnerableGroups: ['elderly', 'ethnic_minority'], ethnicLanguage: '  ' }])).toBe(true);
    // As stored now: the sensitive groups apart from the others (encrypted at rest).
    expect(languageUnknown([{ vulnerableGroups: ['elderly'], sensitiveGroups: ['ethnic_minority'] }])).toBe(true);
    expect(languageUnknown([{ sensitiveGroups: ['ethnic_minority'], ethnicLanguage: 'Tày' }])).toBe(false);
  });

  it('Law 19 Art 64.3: known once a language is recorded, and never asked of a party not flagged', () => {
    expect(languageUnknown([{ vulnerableGroups: ['ethnic_minority'], ethnicLanguage: 'Tày' }])).toBe(false);
    expect(languageUnknown([{ vulnerableGroups: ['elderly'], ethnicLanguage: null }])).toBe(false);
    expect(languageUnknown([{ vulnerableGroups: null }, {}])).toBe(false);
  });
});

describe(suggestMediators.name, () => {
  it('Law 19 Art 64.3: the suggestions say the language is unknown, and still offer the mediators', () => {
    const sut = suggestMediators(
      [mediator('a', ['vi', 'tay']), mediator('b', ['vi'])],
      facts({ languageUnknown: true }),
    );
    expect(sut.languageUnknown).toBe(true);
    expect(sut.neededLanguages).toEqual([]);
    expect(sut.suggestions.map((s) => s.mediatorId)).toEqual(['a', 'b']);
  });

  it('Law 19 Art 64.3: with every language known, the suggestions say so', () => {
    expect(suggestMediators([mediator('a', ['vi'])], facts()).languageUnknown).toBe(false);
  });
});

describe(languageRefusal.name, () => {
  it('Law 19 Art 64.3: language unknown: appointing needs an interpreter arranged', () => {
    const unknown = facts({ languageUnknown: true });
    expect(languageRefusal(mediator('a', ['vi', 'tay', 'nung']), unknown, false)).toBe('art_64_3_language_unknown');
    expect(languageRefusal(mediator('a', ['vi']), unknown, true)).toBeNull();
  });

  it('Law 19 Art 64.3: a recorded language the mediator shares needs no interpreter; one they lack does', () => {
    const tay = facts({ partyLanguages: ['vi', 'tay'] });
    expect(languageRefusal(mediator('a', ['vi', 'tay']), tay, false)).toBeNull();
    expect(languageRefusal(mediator('b', ['vi']), tay, false)).toBe('art_64_3_interpreter_required');
    expect(languageRefusal(mediator('b', ['vi']), tay, true)).toBeNull();
  });

  it('no ethnic-minority language at stake: any mediator', () => {
    expect(languageRefusal(mediator('a', ['vi']), facts(), false)).toBeNull();
  });
});
