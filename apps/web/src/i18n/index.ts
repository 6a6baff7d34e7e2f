import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// The choice is a preference, not a secret: remembered in localStorage.
const STORAGE_KEY = 'cc.language';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** `?lang=en` first (and remembered), then the remembered choice, then Vietnamese. */
export function initialLanguage(search: string = window.location.search): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) {
    rememberLanguage(asked);
    return asked;
  }
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'vi';
}

export function rememberLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // private mode or storage disabled: the choice lasts for the page only
  }
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    if (isLanguage(language)) rememberLanguage(language);
  });
  return i18next;
}
