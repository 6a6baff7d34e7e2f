import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '../session/types';
import type { Organisation } from './types';

/** The staff roles as a select's options, by their names in the reader's language. */
export function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {STAFF_ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`staff.roles.${r}`, { defaultValue: r })}
        </option>
      ))}
    </>
  );
}

/** The organisations still active as a select's options (a closed one takes no new account or case). */
export function ActiveOrganisationOptions({ organisations }: { organisations: readonly Organisation[] }) {
  return (
    <>
      {organisations
        .filter((o) => o.active)
        .map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
    </>
  );
}
