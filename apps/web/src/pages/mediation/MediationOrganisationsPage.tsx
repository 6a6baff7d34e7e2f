import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { OrganisationCard } from './OrganisationCard';
import type { PublicOrganisation } from '../../api/types';
import './mediation.css';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; organisations: PublicOrganisation[] };

/** The public list of mediation organisations and their mediators (Art 63.2): no contact data. */
export default function MediationOrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('mediationOrganisations.title'));
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    api<PublicOrganisation[]>('/public/mediation-organisations').then(
      (organisations) => setState({ kind: 'loaded', organisations }),
      () => setState({ kind: 'failed' }),
    );
  }, []);
  useEffect(load, [load]);

  return (
    <>
      <h1>{t('mediationOrganisations.title')}</h1>
      <p className="mediation__lead">{t('mediationOrganisations.lead')}</p>
      <p>{t('mediationOrganisations.intro')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && (
        <div role="alert" className="panel">
          <p>{t('mediationOrganisations.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={load}>
            {t('mediationOrganisations.retry')}
          </button>
        </div>
      )}
      {state.kind === 'loaded' &&
        (state.organisations.length === 0 ? (
          <p>{t('mediationOrganisations.empty')}</p>
        ) : (
          <ul className="mediation__list">
            {state.organisations.map((organisation) => (
              <li key={organisation.id}>
                <OrganisationCard organisation={organisation} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
