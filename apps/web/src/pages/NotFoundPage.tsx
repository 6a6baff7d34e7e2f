import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';

/** Any path outside the contract (the api answers it with status 404 too). */
export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <ul>
        <li>
          <Link to="/complaints/track">{t('notFound.track')}</Link>
        </li>
        <li>
          <Link to="/complaints/new">{t('notFound.new')}</Link>
        </li>
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
      </ul>
    </>
  );
}
