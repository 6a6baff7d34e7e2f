import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function RatingPage() {
  const { t } = useTranslation();
  usePageTitle(t('rating.title'));
  return <h1>{t('rating.title')}</h1>;
}
