import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { staffBlob } from '../session/staff-api';
import type { CaseFile } from './types';

const KB = 1024;
const sizeOf = (bytes: number) =>
  bytes < KB * KB ? `${Math.max(1, Math.round(bytes / KB))} KB` : `${(bytes / KB / KB).toFixed(1)} MB`;
const viewable = (type: string) => type.startsWith('image/') || type === 'application/pdf';

/**
 * The evidence and documents: view (images, PDF) or download. The bytes come with the bearer token,
 * so each opens as a blob of the page rather than a plain link.
 */
export function FilesSection({ caseId, files }: { caseId: string; files: readonly CaseFile[] | null | undefined }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState(false);
  if (files === null) return null; // the api has no file list for this caller (or not yet)
  const open = async (file: CaseFile, inline: boolean) => {
    setProblem(false);
    // A window opened now, in the click, is not blocked; it gets the file once it arrives.
    const target = inline ? window.open('', '_blank') : null;
    try {
      const blob = await staffBlob(`/cases/${caseId}/files/${file.id}${inline ? '?inline=1' : ''}`);
      const url = URL.createObjectURL(new Blob([blob], { type: file.contentType }));
      if (target) {
        target.location.href = url;
      } else {
        const link = document.createElement('a');
        link.href = url;
        link.download = file.originalName;
        document.body.append(link);
        link.click();
        link.remove();
      }
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      target?.close();
      setProblem(true);
    }
  };
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">{t('staff.case.files.title')}</h2>
      {files === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : files.length === 0 ? (
        <p>{t('staff.case.files.none')}</p>
      ) : (
        <ul className="staff-list">
          {files.map((file) => (
            <li key={file.id}>
              <span>{file.originalName}</span>{' '}
              <span className="staff-muted">
                {t('staff.case.files.meta', {
                  who: t(`staff.case.files.by.${file.uploadedBy}`),
                  date: formatDate(file.uploadedAt),
                  size: sizeOf(file.size),
                })}
              </span>
              {file.downloadable === false ? (
                <p className="staff-muted">{t('staff.case.files.notForYou')}</p>
              ) : (
                <div>
                  {viewable(file.contentType) && (
                    <button type="button" className="link-button" onClick={() => void open(file, true)}>
                      {t('staff.case.files.view')}
                      <span className="visually-hidden"> {file.originalName}</span>
                    </button>
                  )}{' '}
                  <button type="button" className="link-button" onClick={() => void open(file, false)}>
                    {t('staff.case.files.download')}
                    <span className="visually-hidden"> {file.originalName}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {t('staff.case.files.failed')}
        </p>
      )}
    </section>
  );
}
