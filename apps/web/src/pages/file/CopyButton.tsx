import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  value: string;
  /** What is copied, for screen readers ("Sao chép mã hồ sơ"). */
  label: string;
}

/** Copies a value; says so in a live region. Without clipboard access it asks to copy by hand. */
export function CopyButton({ value, label }: CopyButtonProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'' | 'copied' | 'manual'>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button button--secondary copy__button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy__status">
        {status === '' ? '' : t(`file.done.${status}`)}
      </span>
    </span>
  );
}
