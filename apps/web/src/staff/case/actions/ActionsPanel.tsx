import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseFile, Organisation } from '../types';
import { ACTIONS_ELSEWHERE } from './action-specs';
import { ActionForm, type ActionResult } from './ActionForm';

/** The actions this person may take now (the case's `allowedActions`), each with its own form. */
export function ActionsPanel({
  detail,
  authorities,
  files,
  onDone,
  onStale,
}: {
  detail: CaseDetail;
  authorities: readonly Organisation[] | undefined;
  files: readonly CaseFile[] | null | undefined;
  onDone: (result: ActionResult) => void;
  onStale: (action: string) => void;
}) {
  const { t } = useTranslation();
  const actions = detail.allowedActions.filter((a) => !ACTIONS_ELSEWHERE.includes(a));
  return (
    <section aria-labelledby="actions-title" className="staff-actions">
      <h2 id="actions-title">{t('staff.case.actions.title')}</h2>
      {actions.length === 0 ? (
        <p>{t('staff.case.actions.none')}</p>
      ) : (
        <>
          <p>{t('staff.case.actions.intro')}</p>
          {actions.map((action) => (
            // Keyed by version: after any change each form starts again from the case as it is now.
            <details key={`${action}-${detail.version}`} id={`action-${action}`}>
              <summary>
                {t(`staff.action.${action}.title`, { defaultValue: t('staff.action.generic', { action }) })}
              </summary>
              <ActionForm
                action={action}
                detail={detail}
                authorities={authorities}
                files={files}
                onDone={onDone}
                onStale={onStale}
              />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
