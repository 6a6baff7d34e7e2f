import { useEffect, useRef } from 'react';

/** A message after an action (done, or what changed meanwhile): announced and focused. */
export function Notice({ message, tone = 'success' }: { message: string | null; tone?: 'success' | 'info' }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div className={`case-notice case-notice--${tone}`} role="status" tabIndex={-1} ref={ref}>
      <p>{message}</p>
    </div>
  );
}
