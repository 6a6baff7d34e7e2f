import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface PrivacySectionProps {
  /** The catalog block under `privacy.` with a `heading` and the items. */
  area: string;
  items: readonly string[];
  /** Paragraphs rather than a bulleted list. */
  paragraphs?: boolean;
}

/** One question of the privacy notice: its heading and short answers. */
export function PrivacySection({ area, items, paragraphs = false }: PrivacySectionProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(`privacy.${area}.heading`)}</h2>
      {paragraphs ? (
        items.map((item) => <p key={item}>{t(`privacy.${area}.${item}`)}</p>)
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item}>{t(`privacy.${area}.${item}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
