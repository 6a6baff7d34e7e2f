import { useTranslation } from 'react-i18next';

export interface Upload {
  id: string;
  name: string;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  progress: number;
}

interface UploadProgressProps {
  uploads: readonly Upload[];
  onRetry: () => void;
}

/** The evidence files being sent to the filed case, each with its progress. */
export function UploadProgress({ uploads, onRetry }: UploadProgressProps) {
  const { t } = useTranslation();
  if (uploads.length === 0) return null;
  const failed = uploads.some((u) => u.status === 'failed');
  return (
    <section aria-labelledby="uploads-heading" className="no-print">
      <h2 id="uploads-heading">{t('file.done.uploadsHeading')}</h2>
      <ul className="file-list">
        {uploads.map((upload) => (
          <li key={upload.id} className="file-list__item file-list__item--upload" data-status={upload.status}>
            <span className="file-list__name" id={`upload-${upload.id}`}>
              {upload.name}
            </span>
            <progress
              max={100}
              value={Math.round(upload.progress * 100)}
              aria-labelledby={`upload-${upload.id}`}
              className="file-list__progress"
            />
            <span className="file-list__status">{t(`file.done.upload.${upload.status}`)}</span>
          </li>
        ))}
      </ul>
      {failed && (
        <div className="panel" role="alert">
          <p>{t('file.done.uploadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('file.done.uploadRetry')}
          </button>
        </div>
      )}
    </section>
  );
}
