import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import { HomeSection } from './HomeSection';
import './home.css';

/** The start page (GOV.UK pattern): what the service is for, who for, what to have ready, one start button. */
export default function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="home__lead">{t('home.lead')}</p>

      <HomeSection heading={t('home.whoFor.heading')}>
        <p>{t('home.whoFor.body')}</p>
        <p>{t('home.whoFor.priority')}</p>
      </HomeSection>

      <HomeSection heading={t('home.need.heading')}>
        <ul className="home__list">
          {(['business', 'purchase', 'online', 'evidence', 'contact'] as const).map((item) => (
            <li key={item}>{t(`home.need.${item}`)}</li>
          ))}
        </ul>
        <p>{t('home.need.time')}</p>
      </HomeSection>

      <p>
        <Link to="/complaints/new" className="button home__start">
          {t('home.start')}
        </Link>
      </p>
      <p>
        {t('home.track.question')} <Link to="/complaints/track">{t('home.track.link')}</Link>
      </p>

      <HomeSection heading={t('home.time.heading')}>
        <p>{t('home.time.intro')}</p>
        <ul className="home__list">
          {(['acknowledge', 'negotiate', 'forward', 'inPerson'] as const).map((item) => (
            <li key={item}>{t(`home.time.${item}`)}</li>
          ))}
        </ul>
      </HomeSection>

      <HomeSection heading={t('home.helps.heading')}>
        <ul className="home__list">
          <li>{t('home.helps.department')}</li>
          <li>{t('home.helps.association')}</li>
          <li>
            {t('home.helps.mediation')} <Link to="/mediation-organisations">{t('home.helps.mediationLink')}</Link>
          </li>
        </ul>
      </HomeSection>

      <HomeSection heading={t('home.notFor.heading')}>
        <ul className="home__list">
          <li>{t('home.notFor.crime')}</li>
          <li>{t('home.notFor.land')}</li>
        </ul>
        <p>{t('home.notFor.hotline')}</p>
      </HomeSection>

      <HomeSection heading={t('statistics.home.heading')}>
        <ul className="home__list">
          <li>
            <Link to="/statistics">{t('statistics.home.statistics')}</Link>
          </li>
          <li>
            <Link to="/warnings">{t('warnings.homeLink')}</Link>
          </li>
        </ul>
      </HomeSection>
    </>
  );
}
