import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** A visible switch; the choice is remembered (see i18n/index.ts). Each option is named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('layout.languageSwitch')} className="language-switch">
      <ul className="inline-list">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              className="link-button"
              aria-pressed={i18n.language === language}
              onClick={() => void i18n.changeLanguage(language)}
            >
              {t(`layout.languageName.${language}`, { lng: language })}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
