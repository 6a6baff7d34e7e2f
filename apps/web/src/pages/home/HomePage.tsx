import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return <h1>{t('home.title')}</h1>;
}
