import {
  REFUSAL_GROUND_LABELS,
  REFUSAL_GROUNDS,
  REFUSAL_OUTCOME_GROUNDS,
  REFUSAL_OUTCOMES,
  decide,
  refusalGroundLabel,
} from '@app/domain/cases';
import { ORGANISATION_KINDS } from '@app/domain/reference/organisations';
import {
  TRANSFER_AUTHORITY_KINDS,
  TRANSFER_AUTHORITY_ROLES,
  transferAuthorityRole,
} from '@app/domain/reference/transfer-authorities';
import { OFFICER, act, expectError, expectOk, stateIn } from './case-fixtures';

describe(decide.name, () => {
  describe('refuse', () => {
    it('Art 58: every ground a–e has a label in Vietnamese and in English', () => {
      for (const ground of REFUSAL_GROUNDS) {
        expect(REFUSAL_GROUND_LABELS[ground].vi.trim()).not.toBe('');
        expect(REFUSAL_GROUND_LABELS[ground].en.trim()).not.toBe('');
        expect(REFUSAL_GROUND_LABELS[ground].vi).not.toBe(REFUSAL_GROUND_LABELS[ground].en);
      }
      expect(refusalGroundLabel('c', 'en')).toBe(
        '(c) there is not enough information to identify the business or the transaction',
      );
      expect(refusalGroundLabel('f', 'vi')).toBeUndefined();
    });

    it('Art 58: business_not_found goes only with ground (c)', () => {
      for (const ground of REFUSAL_GROUNDS) {
        const d = act(stateIn('submitted'), 'refuse', OFFICER, { ground, outcomeCode: 'business_not_found' });
        if (ground === 'c') expect(expectOk(d).outcome).toEqual({ code: 'business_not_found' });
        else expectError(d, 'rule_violated', 'outcomeCode', 'art_58_outcome_contradicts_ground');
      }
    });

    it('Art 58: duplicate goes only with ground (e) (already handled)', () => {
      for (const ground of REFUSAL_GROUNDS) {
        const d = act(stateIn('consultation'), 'refuse', OFFICER, { ground, outcomeCode: 'duplicate' });
        if (ground === 'e') expect(expectOk(d).outcome).toEqual({ code: 'duplicate' });
        else expectError(d, 'rule_violated', 'outcomeCode', 'art_58_outcome_contradicts_ground');
      }
    });

    it('Art 58: a plain refusal goes with any ground; the table covers every refusal outcome', () => {
      expect(Object.keys(REFUSAL_OUTCOME_GROUNDS).sort()).toEqual([...REFUSAL_OUTCOMES].sort());
      for (const ground of REFUSAL_GROUNDS) {
        expectOk(act(stateIn('needs_info', { resumeStatus: 'consultation' }), 'refuse', OFFICER, { ground }));
      }
    });

    it('Art 58: a missing ground is reported alone, not as a contradiction with the outcome', () => {
      const d = act(stateIn('submitted'), 'refuse', OFFICER, { outcomeCode: 'duplicate' });
      if (d.ok) throw new Error('expected a 422');
      expect(d.error.details).toEqual([{ field: 'ground', rule: 'art_58_ground_required' }]);
    });
  });

  describe('transfer', () => {
    const to = (authorityKind?: string, authorityId = 'org-1') => ({
      authorityId,
      authorityKind,
      consumerNotified: true,
    });

    it.each(TRANSFER_AUTHORITY_KINDS)('Law 19 Art 11.3: a case may be transferred to a %s', (kind) => {
      expect(expectOk(act(stateIn('consultation'), 'transfer', OFFICER, to(kind))).to).toBe('transferred');
    });

    it('Law 19 Art 11.3: specialised departments, commune People’s Committees and the court receive transfers', () => {
      expect([...TRANSFER_AUTHORITY_KINDS].sort()).toEqual(['commune_committee', 'competent_authority', 'court']);
    });

    it.each(['state_agency', 'consumer_association', 'mediation_organisation'])(
      'Law 19 Art 11.3: a %s is not where a transfer goes (422)',
      (kind) => {
        expectError(
          act(stateIn('submitted'), 'transfer', OFFICER, to(kind)),
          'rule_violated',
          'authorityId',
          'not_a_competent_authority',
        );
      },
    );

    it('Law 19 Art 11.3: an id the organisations table does not know is a 422, as is a missing one', () => {
      expectError(
        act(stateIn('submitted'), 'transfer', OFFICER, to()),
        'rule_violated',
        'authorityId',
        'unknown_organisation',
      );
      expectError(
        act(stateIn('submitted'), 'transfer', OFFICER, to(undefined, ' ')),
        'rule_violated',
        'authorityId',
        'required',
      );
    });

    it('Law 19 Art 11.3: a case is not transferred to the unit handling it', () => {
      const handled = stateIn('consultation', { handlingUnitId: 'ubnd-05443' });
      expectError(
        act(handled, 'transfer', OFFICER, to('commune_committee', 'ubnd-05443')),
        'rule_violated',
        'authorityId',
        'transfer_to_own_unit',
      );
    });

    it('Law 19 Art 11.3: the consumer is told what each receiving kind does, in Vietnamese and English', () => {
      for (const kind of TRANSFER_AUTHORITY_KINDS) {
        expect(TRANSFER_AUTHORITY_ROLES[kind].vi).not.toBe(TRANSFER_AUTHORITY_ROLES[kind].en);
        expect(transferAuthorityRole(kind, 'en')?.trim()).not.toBe('');
      }
      expect(TRANSFER_AUTHORITY_KINDS.every((k) => (ORGANISATION_KINDS as readonly string[]).includes(k))).toBe(true);
      expect(transferAuthorityRole('state_agency', 'vi')).toBeUndefined();
    });
  });
});
