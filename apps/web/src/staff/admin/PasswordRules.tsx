import { useTranslation } from 'react-i18next';

/** The password policy, said before typing (libs/domain: length, not a common password, not the email). */
export function PasswordRules({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div className="admin-rules" id={id}>
      <p>{t('staffAdmin.password.rulesIntro')}</p>
      <ul className="staff-list">
        <li>{t('staffAdmin.password.ruleLength')}</li>
        <li>{t('staffAdmin.password.ruleCommon')}</li>
        <li>{t('staffAdmin.password.ruleEmail')}</li>
      </ul>
      <p>{t('staffAdmin.password.rulesTip')}</p>
    </div>
  );
}

export const MIN_PASSWORD_LENGTH = 12;
