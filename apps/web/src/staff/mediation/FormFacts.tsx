import { useTranslation } from 'react-i18next';

/** What an action will do, who will be told, and its legal basis: said before the button. */
export function FormFacts({ does, told, basis }: { does: string; told: string; basis: string }) {
  const { t } = useTranslation();
  return (
    <dl className="staff-form-facts">
      <dt>{t('staffMediation.facts.does')}</dt>
      <dd>{does}</dd>
      <dt>{t('staffMediation.facts.told')}</dt>
      <dd>{told}</dd>
      <dt>{t('staffMediation.facts.basis')}</dt>
      <dd>{basis}</dd>
    </dl>
  );
}
