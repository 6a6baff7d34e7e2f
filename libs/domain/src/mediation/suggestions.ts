/**
 * Which of an organisation's mediators may take a case, and in what order to offer them.
 *
 * Law 19 Art 63.2: types (a) and (c) organisations appoint a mediator from their published list.
 * Art 64.2: only a qualified mediator (verified by the organisation) may be appointed.
 * Art 64.3: a party from an ethnic minority is mediated by someone fluent in their language,
 * otherwise an interpreter is provided.
 * Conflict of interest (domain.md §2, impartiality of mediation): a mediator who declared a tie to
 * the business is never offered nor appointed.
 */

/** A business a mediator declared a tie to: by tax code, by name, or both. */
export interface DeclaredTie {
  readonly taxCode?: string | null;
  readonly name?: string | null;
}

/** A mediator of the case's mediation organisation, as assignment sees them. */
export interface MediatorCandidate {
  readonly id: string;
  readonly name: string;
  /** The organisation verified the profile and nothing required by Art 64.2 is missing. */
  readonly verified: boolean;
  /** Taking new cases. */
  readonly accepting: boolean;
  /** Cases assigned to them and not closed. */
  readonly openCases: number;
  readonly maxOpenCases: number;
  /** Language codes (MEDIATION_LANGUAGES). */
  readonly languages: readonly string[];
  /** Sector codes of expertise. */
  readonly sectors: readonly string[];
  readonly ties: readonly DeclaredTie[];
}

/** What of the case matters for choosing its mediator. */
export interface AssignmentCaseFacts {
  readonly sectorCode: string | null;
  readonly business: { readonly taxCode: string | null; readonly name: string | null } | null;
  /** Language codes of the parties ('vi' always; ethnic-minority languages from what they wrote). */
  readonly partyLanguages: readonly string[];
  /** A party is flagged as an ethnic-minority consumer and no language is recorded (`languageUnknown`). */
  readonly languageUnknown?: boolean;
}

export type ExclusionReason =
  | 'not_verified'
  | 'not_accepting'
  | 'at_capacity'
  | 'tied_to_business'
  | 'already_assigned'
  | 'declined_this_case'
  | 'declined_with_conflict'
  | 'language_missing';

/** Why someone may not be appointed at all, whatever the admin wants. */
export type AssignmentRefusal = Exclude<
  ExclusionReason,
  'already_assigned' | 'declined_this_case' | 'language_missing'
>;

export interface MediatorSuggestion {
  readonly mediatorId: string;
  readonly name: string;
  /** e.g. 'speaks_tay', 'sector_match', 'load_2_of_10', 'interpreter_needed'. */
  readonly reasons: readonly string[];
  /** The mediator lacks a language a party needs: an interpreter must be provided (Art 64.3). */
  readonly interpreterNeeded: boolean;
  readonly missingLanguages: readonly string[];
  readonly openCases: number;
  readonly maxOpenCases: number;
}

export interface MediatorExclusion {
  readonly mediatorId: string;
  readonly name: string;
  readonly reasons: readonly ExclusionReason[];
}

export interface MediatorSuggestions {
  /** Best first. */
  readonly suggestions: readonly MediatorSuggestion[];
  readonly excluded: readonly MediatorExclusion[];
  /** The languages a party needs besides Vietnamese. */
  readonly neededLanguages: readonly string[];
  /** Whether mediators without a needed language were moved to `excluded`. */
  readonly strictLanguage: boolean;
  /** Art 64.3: a party's language is unknown; the mediator must ask (and an interpreter be arranged). */
  readonly languageUnknown: boolean;
}

export interface SuggestionOptions {
  /**
   * Move mediators who lack a needed language to `excluded` ('language_missing'). By default
   * strict when at least one otherwise eligible mediator speaks every needed language; when none
   * does, they stay suggested, ranked by languages spoken, and flagged `interpreterNeeded`.
   */
  readonly strictLanguage?: boolean;
  /** The mediator now assigned (when reassigning): not offered again. */
  readonly currentMediatorId?: string | null;
  /** Mediators who declined this case, and whether they declared a conflict of interest. */
  readonly declined?: readonly DeclinedBy[];
}

/** A mediator who declined the case before. */
export interface DeclinedBy {
  readonly mediatorId: string;
  readonly conflict: boolean;
}

/** Who declined the case declaring a conflict of interest: never appointed to it again. */
export const withConflict = (declined: readonly DeclinedBy[] = []): string[] =>
  declined.filter((d) => d.conflict).map((d) => d.mediatorId);

// Words that only say what legal form a business has, folded (no diacritics, lower case).
const COMPANY_FORM_WORDS = [
  'cong ty',
  'trach nhiem huu han',
  'tnhh',
  'co phan',
  'cp',
  'mot thanh vien',
  'hai thanh vien tro len',
  'mtv',
  'doanh nghiep tu nhan',
  'dntn',
  'ho kinh doanh',
  'hkd',
  'hop tac xa',
  'htx',
  'company',
  'co ltd',
  'ltd',
  'limited',
  'jsc',
  'joint stock',
  'corporation',
  'corp',
  'llc',
  'inc',
];
const COMPANY_FORM = new RegExp(
  `\\b(${[...COMPANY_FORM_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);

/**
 * A business name reduced to what identifies it: no diacritics (đ → d), case, punctuation, spaces
 * or company-form words ("Công ty TNHH", "cổ phần", "CP", "JSC"…). "" when nothing is left.
 */
export function foldBusinessName(name: string | null | undefined): string {
  if (!name) return '';
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(COMPANY_FORM, ' ')
    .replace(/\s+/g, '');
}

/** A tax code with its separators dropped ("0101234567-001" → "0101234567001"). */
const foldTaxCode = (code: string | null | undefined): string => (code ?? '').replace(/[^0-9a-z]/gi, '').toLowerCase();

/** Whether a declared tie is to this business: the same tax code, or the same name once folded. */
export function tiedTo(ties: readonly DeclaredTie[], business: AssignmentCaseFacts['business']): boolean {
  if (!business) return false;
  const tax = foldTaxCode(business.taxCode);
  const name = foldBusinessName(business.name);
  return ties.some(
    (tie) => (tax !== '' && foldTaxCode(tie.taxCode) === tax) || (name !== '' && foldBusinessName(tie.name) === name),
  );
}

/** The languages a party needs besides Vietnamese (Art 64.3), without repeats. */
export function neededLanguages(facts: AssignmentCaseFacts): string[] {
  return [...new Set(facts.partyLanguages.filter((code) => code !== 'vi'))];
}

/** The needed languages the mediator does not work in. */
export function missingLanguages(candidate: Pick<MediatorCandidate, 'languages'>, needed: readonly string[]): string[] {
  return needed.filter((code) => !candidate.languages.includes(code));
}

/**
 * Why this mediator may not be appointed to the case (empty: they may): not verified (Art 64.2),
 * not taking cases, at capacity, or tied to the business (conflict of interest, domain.md §2).
 */
export function assignmentRefusals(
  candidate: MediatorCandidate,
  facts: AssignmentCaseFacts,
  declinedWithConflict: readonly string[] = [],
): AssignmentRefusal[] {
  const reasons: AssignmentRefusal[] = [];
  if (!candidate.verified) reasons.push('not_verified');
  if (!candidate.accepting) reasons.push('not_accepting');
  if (candidate.openCases >= candidate.maxOpenCases) reasons.push('at_capacity');
  if (tiedTo(candidate.ties, facts.business)) reasons.push('tied_to_business');
  if (declinedWithConflict.includes(candidate.id)) reasons.push('declined_with_conflict');
  return reasons;
}

interface Ranked {
  readonly candidate: MediatorCandidate;
  readonly spoken: readonly string[];
  readonly missing: readonly string[];
  readonly sectorMatch: boolean;
  readonly load: number;
}

const nameOrder = (a: string, b: string) => a.localeCompare(b, 'vi', { sensitivity: 'base' });

/** Language match first (Art 64.3), then sector, then least loaded, then name. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.spoken.length - a.spoken.length ||
    Number(b.sectorMatch) - Number(a.sectorMatch) ||
    a.load - b.load ||
    nameOrder(a.candidate.name, b.candidate.name) ||
    a.candidate.id.localeCompare(b.candidate.id)
  );
}

function toSuggestion(r: Ranked): MediatorSuggestion {
  const { candidate } = r;
  const reasons = [
    ...r.spoken.map((code) => `speaks_${code}`),
    ...(r.sectorMatch ? ['sector_match'] : []),
    `load_${candidate.openCases}_of_${candidate.maxOpenCases}`,
    ...(r.missing.length > 0 ? ['interpreter_needed'] : []),
  ];
  return {
    mediatorId: candidate.id,
    name: candidate.name,
    reasons,
    interpreterNeeded: r.missing.length > 0,
    missingLanguages: r.missing,
    openCases: candidate.openCases,
    maxOpenCases: candidate.maxOpenCases,
  };
}

/**
 * The organisation's mediators who may take the case, best first, and the others with the
 * reasons they are missing, so that the admin sees why (Arts 63.2, 64.2, 64.3; conflict of interest).
 */
export function suggestMediators(
  candidates: readonly MediatorCandidate[],
  facts: AssignmentCaseFacts,
  options: SuggestionOptions = {},
): MediatorSuggestions {
  const needed = neededLanguages(facts);
  const excluded: { candidate: MediatorCandidate; reasons: ExclusionReason[] }[] = [];
  const eligible: Ranked[] = [];
  for (const candidate of candidates) {
    const reasons: ExclusionReason[] = assignmentRefusals(candidate, facts, withConflict(options.declined));
    if (candidate.id === options.currentMediatorId) reasons.unshift('already_assigned');
    // Declined without a conflict (busy, away): not offered again, but the admin may still appoint them.
    if (options.declined?.some((d) => d.mediatorId === candidate.id && !d.conflict)) reasons.push('declined_this_case');
    const missing = missingLanguages(candidate, needed);
    if (reasons.length > 0) {
      excluded.push({ candidate, reasons });
      continue;
    }
    eligible.push({
      candidate,
      spoken: needed.filter((code) => !missing.includes(code)),
      missing,
      sectorMatch: facts.sectorCode !== null && candidate.sectors.includes(facts.sectorCode),
      load: candidate.maxOpenCases > 0 ? candidate.openCases / candidate.maxOpenCases : 1,
    });
  }
  const someoneSpeaks = eligible.some((r) => r.missing.length === 0);
  const strict = needed.length > 0 && (options.strictLanguage ?? someoneSpeaks);
  const offered = strict ? eligible.filter((r) => r.missing.length === 0) : eligible;
  if (strict) {
    for (const r of eligible) if (r.missing.length > 0) excluded.push({ candidate: r.candidate, reasons: [] });
    for (const e of excluded) if (missingLanguages(e.candidate, needed).length > 0) e.reasons.push('language_missing');
  }
  return {
    suggestions: [...offered].sort(compareRanked).map(toSuggestion),
    excluded: excluded
      .sort((a, b) => nameOrder(a.candidate.name, b.candidate.name) || a.candidate.id.localeCompare(b.candidate.id))
      .map(({ candidate, reasons }) => ({ mediatorId: candidate.id, name: candidate.name, reasons })),
    neededLanguages: needed,
    strictLanguage: strict,
    languageUnknown: facts.languageUnknown === true,
  };
}

/** Why Art 64.3 stops an appointment unless an interpreter is arranged. */
export type LanguageRefusal = 'art_64_3_interpreter_required' | 'art_64_3_language_unknown';

/**
 * Law 19 Art 64.3 at appointment: a party needs a language the mediator does not work in, or a party
 * flagged as an ethnic-minority consumer has no recorded language (nobody can tell whether the
 * mediator speaks it): either way an interpreter must be arranged. Null when the mediator may be
 * appointed as they are.
 */
export function languageRefusal(
  candidate: Pick<MediatorCandidate, 'languages'>,
  facts: AssignmentCaseFacts,
  interpreter: boolean,
): LanguageRefusal | null {
  if (interpreter) return null;
  if (missingLanguages(candidate, neededLanguages(facts)).length > 0) return 'art_64_3_interpreter_required';
  return facts.languageUnknown === true ? 'art_64_3_language_unknown' : null;
}
