import { useTranslation } from 'react-i18next';

/** What the action does, who is told, and the legal basis, before anything is filled in. */
export function ActionFacts({ action }: { action: string }) {
  const { t } = useTranslation();
  const fact = (part: 'does' | 'told' | 'basis') => t(`staff.action.${action}.${part}`, { defaultValue: '' });
  return (
    <dl className="staff-form-facts">
      <dt>{t('staff.action.facts.does')}</dt>
      <dd>{fact('does') || t('staff.action.facts.unknown')}</dd>
      <dt>{t('staff.action.facts.told')}</dt>
      <dd>{fact('told') || t('staff.action.facts.unknown')}</dd>
      <dt>{t('staff.action.facts.basis')}</dt>
      <dd>{fact('basis') || t('staff.action.facts.unknown')}</dd>
    </dl>
  );
}
