import { useState } from 'react';
import { ApiError } from '../../api/client';

/**
 * One request of the consumer's case page that they start with a button: busy while it runs, and
 * its failure kept to be said in plain words (a failure that is not the api's is a network one).
 */
export function useConsumerRequest() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (send: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, run };
}
