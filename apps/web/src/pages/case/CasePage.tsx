import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function CasePage() {
  const { t } = useTranslation();
  usePageTitle(t('case.title'));
  return <h1>{t('case.title')}</h1>;
}
