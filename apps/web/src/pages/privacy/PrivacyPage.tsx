import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function PrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  return <h1>{t('privacy.title')}</h1>;
}
