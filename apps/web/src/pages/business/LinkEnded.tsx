import { useTranslation } from 'react-i18next';

/** The link opens nothing: what to do, and nothing about the case (not even whether it exists). */
export function LinkEnded() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('business.ended.title')}</h1>
      <p>{t('business.ended.why')}</p>
      <h2>{t('business.ended.whatToDo')}</h2>
      <p>{t('business.ended.contact')}</p>
      <div className="panel">
        <p className="business-contact__name">{t('business.ended.department')}</p>
        <p>{t('business.ended.giveCode')}</p>
      </div>
    </>
  );
}
