import {
  foldLanguageText,
  isMediationLanguage,
  languageCodeOf,
  MEDIATION_LANGUAGES,
  mediationLanguage,
} from '@app/domain';

describe(languageCodeOf.name, () => {
  it.each([
    ['Tày', 'tay'],
    ['tiếng Tày', 'tay'],
    ['TAY', 'tay'],
    ['Tiếng  TÀY ', 'tay'],
    ['dân tộc Tày', 'tay'],
    ["H'Mông", 'hmong'],
    ['H’Mông', 'hmong'],
    ['Hmông', 'hmong'],
    ['Mèo', 'hmong'],
    ['Mông', 'hmong'],
    ['Nùng', 'nung'],
    ['người Dao', 'dao'],
    ['Sán Dìu', 'san_diu'],
    ['Cao Lan', 'san_chay'],
    ['tiếng Hoa', 'hoa'],
    ['English', 'en'],
    ['Kinh', 'vi'],
    ['san_diu', 'san_diu'],
  ])('Law 19 Art 64.3: "%s" is the language %s', (text, code) => {
    expect(languageCodeOf(text)).toBe(code);
  });

  it.each([null, undefined, '', '   ', 'tiếng', 'Klingon', 'Tày Nùng'])(
    'Law 19 Art 64.3: %p names no language it knows (null, the case then needs an interpreter decision)',
    (text) => {
      expect(languageCodeOf(text)).toBeNull();
    },
  );
});

describe(foldLanguageText.name, () => {
  it('drops diacritics, đ, punctuation and the words around a language name', () => {
    expect(foldLanguageText('Ngôn ngữ: Đan Lai')).toBe('dan lai');
    expect(foldLanguageText("Tiếng H'Mông")).toBe('h mong');
  });
});

describe(mediationLanguage.name, () => {
  it('gives each code its Vietnamese and English names', () => {
    expect(mediationLanguage('tay')).toMatchObject({ vi: 'Tiếng Tày', en: 'Tày' });
    expect(mediationLanguage('xx')).toBeUndefined();
    for (const l of MEDIATION_LANGUAGES) expect(isMediationLanguage(l.code)).toBe(true);
  });
});
