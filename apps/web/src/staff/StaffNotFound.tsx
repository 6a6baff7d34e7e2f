import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPage } from './StaffPage';

export function StaffNotFound() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('staff.notFound.title')}>
      <p>{t('staff.notFound.body')}</p>
      <p>
        <Link to="/staff">{t('staff.notFound.home')}</Link>
      </p>
    </StaffPage>
  );
}
