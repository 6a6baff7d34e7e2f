import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { WarningCard } from './WarningCard';
import { WARNING_KINDS, type PublicWarning } from './types';
import './warnings.css';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; warnings: PublicWarning[] };

/**
 * The current warnings about businesses (Decree 55/2024 Art 24.3 spirit; Plan 126 "inform and warn
 * consumers"): each published for 30 days; what a warning means and what its kinds mean.
 */
export default function WarningsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('warnings.title'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const language = i18n.language;

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    api<PublicWarning[]>('/public/warnings').then(
      (warnings) => setState({ kind: 'loaded', warnings }),
      () => setState({ kind: 'failed' }),
    );
  }, []);
  // Asked again when the language changes: the kinds' labels come in the page's language.
  useEffect(load, [load, language]);

  return (
    <>
      <h1>{t('warnings.title')}</h1>
      <p className="warnings__lead">{t('warnings.lead')}</p>
      <p>{t('warnings.intro')}</p>
      <p>{t('warnings.notAVerdict')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && (
        <div role="alert" className="panel">
          <p>{t('warnings.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={load}>
            {t('warnings.retry')}
          </button>
        </div>
      )}
      {state.kind === 'loaded' &&
        (state.warnings.length === 0 ? (
          <p className="panel">{t('warnings.empty')}</p>
        ) : (
          <>
            <p>{t('warnings.count', { count: state.warnings.length })}</p>
            <ul className="warnings__list">
              {state.warnings.map((warning) => (
                <li key={warning.id}>
                  <WarningCard warning={warning} />
                </li>
              ))}
            </ul>
          </>
        ))}
      <h2>{t('warnings.kindsTitle')}</h2>
      <dl className="warnings__kinds">
        {WARNING_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{t(`warnings.kindNames.${kind}`)}</dt>
            <dd>{t(`warnings.kinds.${kind}`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('warnings.problemTitle')}</h2>
      <p>
        {t('warnings.problem')} <Link to="/complaints/new">{t('warnings.fileLink')}</Link>
      </p>
      <p>
        <Link to="/statistics">{t('warnings.statisticsLink')}</Link>
      </p>
    </>
  );
}
