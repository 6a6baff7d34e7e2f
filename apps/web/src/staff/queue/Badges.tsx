import { useTranslation } from 'react-i18next';
import type { CaseBadge } from '../case/types';

/** Badges that read without colour: each one a word. */
export function Badges({ badges }: { badges: readonly CaseBadge[] }) {
  const { t } = useTranslation();
  if (badges.length === 0) return null;
  return (
    <ul className="inline-list staff-badges">
      {badges.map((badge) => (
        <li key={badge} className={`badge badge--${badge}`}>
          {t(`staff.badge.${badge}`)}
        </li>
      ))}
    </ul>
  );
}
