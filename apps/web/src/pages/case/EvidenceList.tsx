import { useTranslation } from 'react-i18next';
import type { EvidenceFile } from './types';

/** The files on the case and who added each. */
export function EvidenceList({ files }: { files: readonly EvidenceFile[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="case-evidence-title">
      <h2 id="case-evidence-title">{t('case.evidence.heading')}</h2>
      <ul className="case-files">
        {files.map((file) => (
          <li key={file.id}>
            <span className="case-files__name">{file.fileName}</span>
            {file.uploadedBy && (
              <span className="case-muted">
                {' — '}
                {t(`case.evidence.by.${file.uploadedBy}`)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
