import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function BusinessPage() {
  const { t } = useTranslation();
  usePageTitle(t('business.title'));
  return <h1>{t('business.title')}</h1>;
}
