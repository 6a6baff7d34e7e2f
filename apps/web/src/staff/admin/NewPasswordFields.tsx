import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Choices';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../mediation/useStaffForm';
import { MIN_PASSWORD_LENGTH } from './PasswordRules';

/** The inputs' ids (the api's field errors are mapped to them, the browser tests find them by label). */
export const NEW_PASSWORD_IDS = { password: 'new-password', confirm: 'confirm-password' } as const;

export interface NewPassword {
  password: string;
  confirm: string;
}

export const EMPTY_NEW_PASSWORD: NewPassword = { password: '', confirm: '' };

/** The page's own checks of a new password: long enough, then typed the same twice. */
export function newPasswordProblems({ password, confirm }: NewPassword, t: TFunction): FieldErrors {
  if (password.length < MIN_PASSWORD_LENGTH)
    return { [NEW_PASSWORD_IDS.password]: [t('staffAdmin.password.tooShort')] };
  if (confirm !== password) return { [NEW_PASSWORD_IDS.confirm]: [t('staffAdmin.password.mismatch')] };
  return {};
}

/** The input type of every password field of a form, shown or hidden together. */
export function passwordType(show: boolean): 'text' | 'password' {
  return show ? 'text' : 'password';
}

/** A new password, its confirmation and the box that shows what was typed (also in fields before these). */
export function NewPasswordFields({
  value,
  onChange,
  show,
  onShowChange,
  errors,
}: {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  show: boolean;
  onShowChange: (show: boolean) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={NEW_PASSWORD_IDS.password}
        label={t('staffAdmin.password.new')}
        type={passwordType(show)}
        autoComplete="new-password"
        errors={errors[NEW_PASSWORD_IDS.password]}
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.target.value })}
      />
      <TextField
        id={NEW_PASSWORD_IDS.confirm}
        label={t('staffAdmin.password.confirm')}
        type={passwordType(show)}
        autoComplete="new-password"
        errors={errors[NEW_PASSWORD_IDS.confirm]}
        value={value.confirm}
        onChange={(event) => onChange({ ...value, confirm: event.target.value })}
      />
      <Checkbox id="show-password" label={t('staffAdmin.password.show')} checked={show} onChange={onShowChange} />
    </>
  );
}
