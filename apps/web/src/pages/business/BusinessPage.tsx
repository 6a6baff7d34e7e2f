import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { BusinessCase } from './BusinessCase';
import { LinkEnded } from './LinkEnded';
import { LoadProblem } from './LoadProblem';
import { businessApi } from './business-api';
import type { BusinessView } from './types';
import './business.css';

type State =
  { kind: 'loading' } | { kind: 'ready'; view: BusinessView } | { kind: 'ended' } | { kind: 'problem'; error: unknown };

/** A link that no longer opens the case: unknown, expired, revoked, or not for viewing. */
const LINK_ENDED = new Set([401, 403, 404, 410]);

/** `/business/{token}`: the business answers the complaint through the secure link emailed to it. */
export default function BusinessPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    try {
      const view = await businessApi<BusinessView>(token);
      setState({ kind: 'ready', view });
    } catch (error) {
      if (error instanceof ApiError && LINK_ENDED.has(error.status)) setState({ kind: 'ended' });
      else setState({ kind: 'problem', error });
    }
  }, [token]);

  useEffect(() => {
    void load();
  }, [load]);

  const title =
    state.kind === 'ended'
      ? t('business.ended.title')
      : state.kind === 'ready' && (state.view.purpose === 'mediation' || state.view.purpose === 'mediation_record')
        ? t('business.titleMediation')
        : t('business.title');
  usePageTitle(title);

  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'ended':
      return <LinkEnded />;
    case 'problem':
      return (
        <LoadProblem
          error={state.error}
          onRetry={() => {
            setState({ kind: 'loading' });
            void load();
          }}
        />
      );
    case 'ready':
      return (
        <BusinessCase
          token={token}
          view={state.view}
          title={title}
          onChange={(view) => setState({ kind: 'ready', view })}
          onEnded={() => setState({ kind: 'ended' })}
          reload={load}
        />
      );
  }
}
