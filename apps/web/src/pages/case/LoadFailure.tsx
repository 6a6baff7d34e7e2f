import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { errorSentence } from './errors';

/** The case could not be read (network, server): say so plainly and offer to try again. */
export function LoadFailure({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('case.loadFailed.title')}</h1>
      <div className="error-summary" role="alert">
        <p>{errorSentence(t, error)}</p>
      </div>
      <p>
        <button type="button" className="button" onClick={onRetry}>
          {t('case.loadFailed.retry')}
        </button>
      </p>
      <p>
        <Link to="/complaints/track">{t('case.loadFailed.track')}</Link>
      </p>
    </>
  );
}
