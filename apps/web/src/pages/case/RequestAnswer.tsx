import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { fieldMessages, summaryItems } from './errors';
import type { RunAction } from './types';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['image/jpeg', 'image/png', 'application/pdf'];

/** The question the department asked, answered with text and files (then the case moves on). */
export function RequestAnswer({
  request,
  run,
  upload,
}: {
  request: { question: string; requestedAt: string };
  run: RunAction;
  upload: (files: readonly File[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<{ fieldId: string; message: string }[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: { fieldId: string; message: string }[] = [];
    if (!answer.trim()) problems.push({ fieldId: 'info-answer', message: t('case.request.answerMissing') });
    for (const file of files) {
      if (!ACCEPTED.includes(file.type))
        problems.push({ fieldId: 'info-files', message: t('case.request.fileType', { name: file.name }) });
      else if (file.size > MAX_FILE_BYTES)
        problems.push({ fieldId: 'info-files', message: t('case.request.fileSize', { name: file.name }) });
    }
    setLocal(problems);
    setError(null);
    if (problems.length > 0) return;
    setBusy(true);
    const failure = await run(
      'provide_info',
      { answer: answer.trim() },
      files.length > 0 ? () => upload(files) : undefined,
    );
    setBusy(false);
    setError(failure);
  };

  const answerErrors = [
    ...local.filter((p) => p.fieldId === 'info-answer').map((p) => p.message),
    ...fieldMessages(error, 'answer'),
  ];
  const fileErrors = [
    ...local.filter((p) => p.fieldId === 'info-files').map((p) => p.message),
    ...fieldMessages(error, 'files'),
  ];

  return (
    <section aria-labelledby="case-request-title" className="case-action">
      <h2 id="case-request-title">{t('case.request.heading')}</h2>
      <ErrorSummary items={[...local, ...summaryItems(t, error, { answer: 'info-answer', files: 'info-files' })]} />
      <p>{t('case.request.intro', { date: formatDate(request.requestedAt) })}</p>
      <blockquote className="case-quote">{request.question}</blockquote>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="info-answer"
          label={t('case.request.answerLabel')}
          hint={t('case.request.answerHint')}
          multiline
          errors={answerErrors}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <div className={fileErrors.length > 0 ? 'field field--error' : 'field'}>
          <label htmlFor="info-files" className="field__label">
            {t('case.request.filesLabel')}
          </label>
          <p id="info-files-hint" className="field__hint">
            {t('case.request.filesHint')}
          </p>
          {fileErrors.length > 0 && (
            <p id="info-files-error" className="field__error">
              {fileErrors.join(' ')}
            </p>
          )}
          <input
            id="info-files"
            type="file"
            multiple
            accept={ACCEPTED.join(',')}
            className="case-file-input"
            aria-describedby={fileErrors.length > 0 ? 'info-files-hint info-files-error' : 'info-files-hint'}
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
          {files.length > 0 && (
            <ul className="case-files">
              {files.map((file) => (
                <li key={file.name}>{file.name}</li>
              ))}
            </ul>
          )}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('case.sending') : t('case.request.submit')}
        </button>
      </form>
    </section>
  );
}
