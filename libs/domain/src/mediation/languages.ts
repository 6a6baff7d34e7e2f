/**
 * Languages a mediation may need (Law 19 Art 64.3: a party from an ethnic minority is mediated by
 * someone fluent in their language, otherwise an interpreter is provided). Thái Nguyên's main
 * ethnic-minority languages, with the spellings people write them in.
 */
export const MEDIATION_LANGUAGES = [
  { code: 'vi', vi: 'Tiếng Việt', en: 'Vietnamese', aliases: ['viet', 'kinh', 'vietnamese'] },
  { code: 'en', vi: 'Tiếng Anh', en: 'English', aliases: ['english', 'anh'] },
  { code: 'tay', vi: 'Tiếng Tày', en: 'Tày', aliases: ['tay'] },
  { code: 'nung', vi: 'Tiếng Nùng', en: 'Nùng', aliases: ['nung'] },
  { code: 'dao', vi: 'Tiếng Dao', en: 'Dao', aliases: ['dao', 'yao'] },
  { code: 'san_diu', vi: 'Tiếng Sán Dìu', en: 'Sán Dìu', aliases: ['san diu', 'sandiu'] },
  { code: 'san_chay', vi: 'Tiếng Sán Chay', en: 'Sán Chay', aliases: ['san chay', 'cao lan', 'san chi'] },
  { code: 'hmong', vi: "Tiếng H'Mông", en: 'Hmong', aliases: ['hmong', 'h mong', 'mong', 'meo'] },
  { code: 'hoa', vi: 'Tiếng Hoa', en: 'Chinese (Hoa)', aliases: ['hoa', 'chinese', 'trung'] },
  { code: 'muong', vi: 'Tiếng Mường', en: 'Mường', aliases: ['muong'] },
] as const;

export type MediationLanguage = (typeof MEDIATION_LANGUAGES)[number]['code'];

export function isMediationLanguage(value: unknown): value is MediationLanguage {
  return typeof value === 'string' && MEDIATION_LANGUAGES.some((l) => l.code === value);
}

/**
 * Lower case, no diacritics (đ → d), apostrophes and punctuation as spaces, and the words people
 * put around a language's name dropped ("tiếng", "ngôn ngữ", "dân tộc", "người").
 */
export function foldLanguageText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(tieng|ngon ngu|language|dan toc|nguoi)\b/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The language code of what a consumer wrote (a code, a name or a usual spelling); null when unknown. */
export function languageCodeOf(text: string | null | undefined): MediationLanguage | null {
  if (!text) return null;
  if (isMediationLanguage(text)) return text;
  const folded = foldLanguageText(text);
  if (folded === '') return null;
  const found = MEDIATION_LANGUAGES.find(
    (l) => l.code === folded.replace(/ /g, '_') || (l.aliases as readonly string[]).includes(folded),
  );
  return found?.code ?? null;
}

/** The language a code names, with its Vietnamese and English names; undefined for an unknown code. */
export function mediationLanguage(code: string): (typeof MEDIATION_LANGUAGES)[number] | undefined {
  return MEDIATION_LANGUAGES.find((l) => l.code === code);
}

/** What intake recorded of a party that bears on its language (Law 19 Art 8 groups, Art 64.3). */
export interface PartyLanguageFacts {
  readonly vulnerableGroups?: readonly string[] | null;
  /** The sensitive groups (ethnicity, health), kept apart from the others (encrypted at rest). */
  readonly sensitiveGroups?: readonly string[] | null;
  readonly ethnicLanguage?: string | null;
}

/**
 * Law 19 Art 64.3 for a party flagged as an ethnic-minority consumer (Art 8) whose language nobody
 * recorded: whether they need a mediator in their language is not known, so the mediator must ask.
 */
export function languageUnknown(parties: readonly PartyLanguageFacts[]): boolean {
  return parties.some(
    (p) =>
      [...(p.vulnerableGroups ?? []), ...(p.sensitiveGroups ?? [])].includes('ethnic_minority') &&
      !p.ethnicLanguage?.trim(),
  );
}
