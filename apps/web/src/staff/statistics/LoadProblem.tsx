import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';

/** Why figures did not load: the api's field messages for a refused period or filter, else a retry. */
export function LoadProblem({ error, retry }: { error: ApiError | null; retry: () => void }) {
  const { t } = useTranslation();
  const messages = error?.fieldErrors.flatMap((field) => field.messages) ?? [];
  return (
    <div role="alert" className="panel">
      {messages.length > 0 ? (
        <>
          <p>{t('staffStatistics.problem.refused')}</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>
            {t(error?.kind === 'forbidden' ? 'staffStatistics.problem.forbidden' : 'staffStatistics.problem.failed')}
          </p>
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('staffStatistics.problem.retry')}
          </button>
        </>
      )}
    </div>
  );
}
