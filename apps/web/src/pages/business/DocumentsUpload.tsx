import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { checkFiles, MAX_FILE_MB, MAX_FILES } from './file-checks';
import { businessApi } from './business-api';
import { problemMessage } from './problems';

const INPUT_ID = 'documents-files';

interface Uploaded {
  id: string;
  fileName?: string;
  originalName?: string;
}

/** Documents for the answer (an invoice, a warranty card): type and size checked before sending. */
export function DocumentsUpload({ token, onGone }: { token: string; onGone: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [sending, setSending] = useState(false);

  const choose = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    const problems = checkFiles(chosen, t);
    setErrors(problems);
    setSummary(problems.map((message) => ({ fieldId: INPUT_ID, message })));
    setFiles(problems.length > 0 ? [] : chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) {
      const message = t('business.documents.errors.none');
      setErrors([message]);
      setSummary([{ fieldId: INPUT_ID, message }]);
      return;
    }
    setSending(true);
    const form = new FormData();
    files.forEach((file) => form.append('files', file, file.name));
    try {
      await businessApi<Uploaded[]>(token, '/documents', { method: 'POST', body: form });
      setSent((before) => [...before, ...files.map((f) => f.name)]);
      setFiles([]);
      setErrors([]);
      setSummary([]);
      if (input.current) input.current.value = '';
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'gone') return onGone();
      const message =
        error instanceof ApiError && (error.status === 413 || error.kind === 'validation' || error.kind === 'rule')
          ? t('business.documents.errors.rejected', { mb: MAX_FILE_MB })
          : problemMessage(error, t);
      setErrors([message]);
      setSummary([{ fieldId: INPUT_ID, message }]);
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('business.documents.title')}</h2>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary items={summary} />
        <Field
          id={INPUT_ID}
          label={t('business.documents.label')}
          hint={t('business.documents.hint', { count: MAX_FILES, mb: MAX_FILE_MB })}
          errors={errors}
        >
          {({ describedBy, invalid }) => (
            <input
              ref={input}
              id={INPUT_ID}
              type="file"
              multiple
              accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
              className="business-file"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => choose(e.target.files)}
            />
          )}
        </Field>
        <button type="submit" className="button button--secondary" disabled={sending}>
          {sending ? t('business.sending') : t('business.documents.submit')}
        </button>
      </form>
      {sent.length > 0 && (
        <div role="status" className="business-sent">
          <p>{t('business.documents.sent')}</p>
          <ul>
            {sent.map((name, index) => (
              <li key={`${name}-${index}`}>{name}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
