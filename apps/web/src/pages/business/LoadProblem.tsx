import { useTranslation } from 'react-i18next';
import { problemMessage } from './problems';

/** The case could not be loaded (network, server): say so and offer to try again. */
export function LoadProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('business.loadProblem.title')}</h1>
      <p role="alert">{problemMessage(error, t)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('business.loadProblem.retry')}
      </button>
    </>
  );
}
