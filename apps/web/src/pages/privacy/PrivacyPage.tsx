import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';
import { PrivacySection } from './PrivacySection';

/** What we keep, why, for how long, who sees it, and the data subject's rights (PDPL 91/2025). */
export default function PrivacyPage() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.title'));
  return (
    <>
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.lead')}</p>
      <p>{t('privacy.controller')}</p>
      <PrivacySection area="what" items={['identity', 'complaint', 'evidence', 'history', 'sensitive']} />
      <PrivacySection area="why" items={['handle', 'report', 'consent', 'never']} />
      <PrivacySection area="howLong" items={['case', 'noAutomatic', 'request', 'emails', 'logs', 'key', 'draft']} />
      <PrivacySection area="who" items={['staff', 'business', 'mediator', 'authority', 'confidential']} />
      <PrivacySection area="rights" items={['know', 'access', 'correct', 'withdraw', 'restrict', 'complain']} />
      <PrivacySection area="ask" items={['how', 'breach']} paragraphs />
    </>
  );
}
