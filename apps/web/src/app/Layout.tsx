import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** Every page: a skip link, the service's name, the language switch, the page, the footer. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__name">
            {t('layout.serviceName')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label={t('layout.footerNav')}>
            <ul className="inline-list">
              <li>
                <Link to="/complaints/track">{t('layout.footer.track')}</Link>
              </li>
              <li>
                <Link to="/mediation-organisations">{t('layout.footer.mediation')}</Link>
              </li>
              <li>
                <Link to="/statistics">{t('statistics.footerLink')}</Link>
              </li>
              <li>
                <Link to="/warnings">{t('warnings.footerLink')}</Link>
              </li>
              <li>
                <Link to="/privacy">{t('layout.footer.privacy')}</Link>
              </li>
            </ul>
          </nav>
          <p>{t('layout.footer.owner')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
