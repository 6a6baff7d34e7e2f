import { useTranslation } from 'react-i18next';
import { StaffPage } from '../StaffPage';
import { CaseListView } from '../queue/CaseListView';

/** A role whose own home is not there yet: its case queue. */
export function QueueHome() {
  const { t } = useTranslation();
  return (
    <StaffPage title={t('staff.home.queue.title')}>
      <CaseListView query="" caption={t('staff.queue.caption')} />
    </StaffPage>
  );
}
