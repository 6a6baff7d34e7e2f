import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

export default function TrackPage() {
  const { t } = useTranslation();
  usePageTitle(t('track.title'));
  return <h1>{t('track.title')}</h1>;
}
