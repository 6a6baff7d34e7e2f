import { useTranslation } from 'react-i18next';

/** What was noticed at filing (limitation period, summary procedure), explained. */
export function Warnings({ warnings }: { warnings: readonly string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="case-warnings-title">
      <h2 id="case-warnings-title">{t('case.warnings.heading')}</h2>
      <ul className="case-warnings">
        {warnings.map((warning) => (
          <li key={warning}>{t(`case.warnings.${warning}`, { defaultValue: t('case.warnings.other') })}</li>
        ))}
      </ul>
    </section>
  );
}
