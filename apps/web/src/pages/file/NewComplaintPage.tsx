import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function NewComplaintPage() {
  const { t } = useTranslation();
  usePageTitle(t('newComplaint.title'));
  return <h1>{t('newComplaint.title')}</h1>;
}
