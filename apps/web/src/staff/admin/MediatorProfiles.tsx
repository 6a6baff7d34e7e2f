import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format';
import { mediationApi } from '../mediation/mediation-api';
import { staffApi } from '../session/staff-api';
import { useLoad } from '../mediation/useLoad';
import { problemText } from '../mediation/useStaffForm';
import type { MediatorProfile } from '../mediation/types';
import { AddMediatorForm, MediatorProfileEditor } from './MediatorProfileForm';

/** An organisation's mediators: languages, load, and their Art 64.2 verification with the gaps left. */
export function MediatorProfiles({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const list = useLoad(() => mediationApi.mediators(organisationId), organisationId);
  const verify = async (m: MediatorProfile) => {
    setMessage(null);
    try {
      await staffApi(`/mediation/mediators/${m.userId}/verify`, { method: 'POST' });
      setMessage(t('staffAdmin.mediators.verified', { name: m.fullName }));
      list.reload();
    } catch (error) {
      setMessage(problemText(error, t));
    }
  };
  if (list.state === 'loading') return <Loading />;
  if (list.state === 'failed') return <p role="alert">{problemText(list.error, t)}</p>;
  // One shape whether the list is empty or not: the add form keeps its place (and its "added" message,
  // open) when the first mediator arrives in the reloaded list.
  return (
    <>
      {message && <p role="status">{message}</p>}
      {list.data.length === 0 ? (
        <p>{t('staffAdmin.mediators.none')}</p>
      ) : (
        <ul className="mediation-candidates">
          {list.data.map((m) => (
            <li key={m.userId}>
              <h4>{m.fullName}</h4>
              <p>
                <span className="badge">
                  {m.verified
                    ? t('staffAdmin.mediators.isVerified', { date: m.verifiedAt ? formatDate(m.verifiedAt) : '' })
                    : t('staffAdmin.mediators.notVerified')}
                </span>
                {!m.active && <span className="badge">{t('staffAdmin.accounts.inactive')}</span>}
                {m.active && !m.accepting && <span className="badge">{t('staffAdmin.mediators.notAccepting')}</span>}
              </p>
              <p>
                {t('staffAdmin.mediators.load', { open: m.openCases, max: m.maxOpenCases })}
                {' · '}
                {t('staffAdmin.mediators.languages', {
                  list: m.languages.map((l) => t(`staffMediation.language.${l}`, { defaultValue: l })).join(', '),
                })}
              </p>
              {m.gaps.length > 0 ? (
                <>
                  <p>{t('staffAdmin.mediators.gaps')}</p>
                  <ul className="staff-list">
                    {m.gaps.map((g) => (
                      <li key={g}>{t(`staffAdmin.mediators.gap.${g}`, { defaultValue: g })}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('staffAdmin.mediators.noGaps')}</p>
              )}
              {!m.verified && m.gaps.length === 0 && (
                <button type="button" className="button button--secondary" onClick={() => void verify(m)}>
                  {t('staffAdmin.mediators.verify')}
                  <span className="visually-hidden"> {m.fullName}</span>
                </button>
              )}
              <MediatorProfileEditor mediator={m} onSaved={() => list.reload()} />
            </li>
          ))}
        </ul>
      )}
      <AddMediatorForm organisationId={organisationId} onAdded={() => list.reload()} />
    </>
  );
}
