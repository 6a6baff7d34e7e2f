import {
  assignmentRefusals,
  foldBusinessName,
  type AssignmentCaseFacts,
  type MediatorCandidate,
  suggestMediators,
  tiedTo,
} from '@app/domain/mediation';

const mediator = (id: string, overrides: Partial<MediatorCandidate> = {}): MediatorCandidate => ({
  id,
  name: `Hòa giải viên ${id}`,
  verified: true,
  accepting: true,
  openCases: 0,
  maxOpenCases: 10,
  languages: ['vi'],
  sectors: [],
  ties: [],
  ...overrides,
});

const facts = (overrides: Partial<AssignmentCaseFacts> = {}): AssignmentCaseFacts => ({
  sectorCode: 'ecommerce',
  business: { taxCode: '4600123456', name: 'Công ty TNHH Điện máy Thái Nguyên' },
  partyLanguages: ['vi'],
  ...overrides,
});

const ids = (list: readonly { mediatorId: string }[]) => list.map((s) => s.mediatorId);

describe(suggestMediators.name, () => {
  it('Law 19 Art 63.2: offers the organisation’s mediators from its list, each with why', () => {
    const sut = suggestMediators([mediator('a'), mediator('b', { openCases: 3 })], facts());
    expect(ids(sut.suggestions)).toEqual(['a', 'b']);
    expect(sut.suggestions[1].reasons).toEqual(['load_3_of_10']);
    expect(sut.excluded).toEqual([]);
    expect(sut.neededLanguages).toEqual([]);
  });

  it('Law 19 Art 64.2: excludes a mediator whose qualifications are not verified, saying so', () => {
    const sut = suggestMediators([mediator('a', { verified: false }), mediator('b')], facts());
    expect(ids(sut.suggestions)).toEqual(['b']);
    expect(sut.excluded).toEqual([{ mediatorId: 'a', name: 'Hòa giải viên a', reasons: ['not_verified'] }]);
  });

  it('Law 19 Art 63.2: excludes mediators not taking cases or at capacity, with every reason', () => {
    const sut = suggestMediators(
      [
        mediator('a', { accepting: false }),
        mediator('b', { openCases: 10, maxOpenCases: 10 }),
        mediator('c', { verified: false, accepting: false, openCases: 2, maxOpenCases: 2 }),
        mediator('d', { maxOpenCases: 0 }),
      ],
      facts(),
    );
    expect(sut.suggestions).toEqual([]);
    expect(sut.excluded.map((e) => [e.mediatorId, e.reasons])).toEqual([
      ['a', ['not_accepting']],
      ['b', ['at_capacity']],
      ['c', ['not_verified', 'not_accepting', 'at_capacity']],
      ['d', ['at_capacity']],
    ]);
  });

  describe('conflict of interest (domain.md §2: an impartial mediator)', () => {
    it('excludes a mediator with a declared tie to the business by tax code', () => {
      const sut = suggestMediators([mediator('a', { ties: [{ taxCode: '4600-123-456' }] }), mediator('b')], facts());
      expect(ids(sut.suggestions)).toEqual(['b']);
      expect(sut.excluded[0]).toMatchObject({ mediatorId: 'a', reasons: ['tied_to_business'] });
    });

    it.each([
      'Điện máy Thái Nguyên',
      'CÔNG TY CỔ PHẦN ĐIỆN MÁY THÁI NGUYÊN',
      'Công ty CP Dien May Thai Nguyen',
      'dien may  thai-nguyen JSC',
      'Điện Máy Thái Nguyên Co., Ltd.',
    ])('excludes a tie declared by name, whatever the form words, case or diacritics: %s', (name) => {
      const sut = suggestMediators(
        [mediator('a', { ties: [{ name }] })],
        facts({ business: { taxCode: null, name: 'Công ty TNHH Điện máy Thái Nguyên' } }),
      );
      expect(sut.excluded[0].reasons).toEqual(['tied_to_business']);
    });

    it('does not confuse different businesses, nor names that are only a company form', () => {
      expect(tiedTo([{ name: 'Điện máy Thái Bình' }], facts().business)).toBe(false);
      expect(tiedTo([{ name: 'Công ty TNHH' }], { taxCode: null, name: 'Công ty CP' })).toBe(false);
      expect(tiedTo([{ taxCode: '' }], { taxCode: '', name: null })).toBe(false);
      expect(tiedTo([{ name: 'ABC' }], null)).toBe(false);
    });

    it('folds a business name to what identifies it', () => {
      expect(foldBusinessName('Công ty TNHH Một thành viên Đồng Hỷ')).toBe('donghy');
      expect(foldBusinessName('Hộ kinh doanh Lan Anh')).toBe('lananh');
      expect(foldBusinessName(null)).toBe('');
    });

    it('excludes who declined this case (saying whether with a conflict), and the mediator already assigned', () => {
      const sut = suggestMediators([mediator('a'), mediator('b'), mediator('c'), mediator('d')], facts(), {
        currentMediatorId: 'a',
        declined: [
          { mediatorId: 'b', conflict: true },
          { mediatorId: 'c', conflict: false },
        ],
      });
      expect(ids(sut.suggestions)).toEqual(['d']);
      expect(sut.excluded.map((e) => e.reasons)).toEqual([
        ['already_assigned'],
        ['declined_with_conflict'],
        ['declined_this_case'],
      ]);
    });
  });

  describe('Law 19 Art 64.3: a party from an ethnic minority', () => {
    const tay = facts({ partyLanguages: ['vi', 'tay'] });

    it('Law 19 Art 64.3: offers those fluent in the language first and, by default, excludes the others as language_missing', () => {
      const sut = suggestMediators(
        [mediator('a', { sectors: ['ecommerce'] }), mediator('b', { languages: ['vi', 'tay'], openCases: 9 })],
        tay,
      );
      expect(sut.strictLanguage).toBe(true);
      expect(ids(sut.suggestions)).toEqual(['b']);
      expect(sut.suggestions[0]).toMatchObject({ reasons: ['speaks_tay', 'load_9_of_10'], interpreterNeeded: false });
      expect(sut.excluded).toEqual([{ mediatorId: 'a', name: 'Hòa giải viên a', reasons: ['language_missing'] }]);
    });

    it('Law 19 Art 64.3: with strictLanguage false, ranks those without the language last and flags an interpreter', () => {
      const sut = suggestMediators(
        [mediator('a', { sectors: ['ecommerce'] }), mediator('b', { languages: ['vi', 'tay'], openCases: 9 })],
        tay,
        { strictLanguage: false },
      );
      expect(sut.strictLanguage).toBe(false);
      expect(ids(sut.suggestions)).toEqual(['b', 'a']);
      expect(sut.suggestions[1]).toMatchObject({
        reasons: ['sector_match', 'load_0_of_10', 'interpreter_needed'],
        interpreterNeeded: true,
        missingLanguages: ['tay'],
      });
    });

    it('Law 19 Art 64.3: when nobody speaks it, everyone stays offered with an interpreter (not strict by default)', () => {
      const sut = suggestMediators([mediator('a'), mediator('b', { languages: ['vi', 'nung'] })], tay);
      expect(sut.strictLanguage).toBe(false);
      expect(ids(sut.suggestions)).toEqual(['a', 'b']);
      expect(sut.suggestions.every((s) => s.interpreterNeeded)).toBe(true);
      expect(sut.excluded).toEqual([]);
    });

    it('Law 19 Art 64.3: a speaker who may not be appointed does not make the list strict', () => {
      const sut = suggestMediators([mediator('a'), mediator('b', { languages: ['tay'], accepting: false })], tay);
      expect(sut.strictLanguage).toBe(false);
      expect(ids(sut.suggestions)).toEqual(['a']);
      expect(sut.excluded[0].reasons).toEqual(['not_accepting']);
    });

    it('Law 19 Art 64.3: strict on request even when nobody speaks it; excluded ones also show language_missing', () => {
      const sut = suggestMediators([mediator('a'), mediator('b', { verified: false })], tay, { strictLanguage: true });
      expect(sut.suggestions).toEqual([]);
      expect(sut.excluded.map((e) => e.reasons)).toEqual([['language_missing'], ['not_verified', 'language_missing']]);
    });

    it('Law 19 Art 64.3: with two languages needed, whoever speaks more of them comes first', () => {
      const sut = suggestMediators(
        [mediator('a', { languages: ['tay'] }), mediator('b', { languages: ['tay', 'nung'], openCases: 5 })],
        facts({ partyLanguages: ['vi', 'tay', 'nung', 'tay'] }),
      );
      expect(sut.neededLanguages).toEqual(['tay', 'nung']);
      expect(ids(sut.suggestions)).toEqual(['b']);
      expect(sut.suggestions[0].reasons).toEqual(['speaks_tay', 'speaks_nung', 'load_5_of_10']);
    });
  });

  it('Law 19 Art 63.2: ranks by sector match, then least loaded (as a share of capacity), then name', () => {
    const sut = suggestMediators(
      [
        mediator('busy', { name: 'An', openCases: 4, maxOpenCases: 5 }),
        mediator('light', { name: 'Bình', openCases: 4, maxOpenCases: 20 }),
        mediator('expert', { name: 'Cường', sectors: ['ecommerce'], openCases: 8 }),
        mediator('twin-2', { name: 'Đức', openCases: 1 }),
        mediator('twin-1', { name: 'Dũng', openCases: 1 }),
      ],
      facts(),
    );
    expect(ids(sut.suggestions)).toEqual(['expert', 'twin-1', 'twin-2', 'light', 'busy']);
    expect(sut.suggestions[0].reasons).toEqual(['sector_match', 'load_8_of_10']);
  });
});

describe(assignmentRefusals.name, () => {
  it('Law 19 Arts 63.2, 64.2 and the conflict-of-interest rule (domain.md §2): why an appointment is refused', () => {
    expect(assignmentRefusals(mediator('a'), facts())).toEqual([]);
    expect(
      assignmentRefusals(
        mediator('a', {
          verified: false,
          accepting: false,
          openCases: 10,
          ties: [{ name: 'Điện máy Thái Nguyên' }],
        }),
        facts(),
        ['a'],
      ),
    ).toEqual(['not_verified', 'not_accepting', 'at_capacity', 'tied_to_business', 'declined_with_conflict']);
  });

  it('Law 19 Art 64.3: a missing language is not a refusal (an interpreter is provided instead)', () => {
    expect(assignmentRefusals(mediator('a'), facts({ partyLanguages: ['vi', 'tay'] }))).toEqual([]);
  });
});
