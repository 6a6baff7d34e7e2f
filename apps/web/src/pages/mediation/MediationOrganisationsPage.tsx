import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function MediationOrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mediationOrganisations.title'));
  return <h1>{t('mediationOrganisations.title')}</h1>;
}
