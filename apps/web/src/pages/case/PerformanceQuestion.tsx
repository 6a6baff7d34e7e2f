import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Choices } from '../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { answerPerformance } from './case-api';
import { fieldMessages, summaryItems } from './errors';

/** After a mediated agreement: did the business do what the record says (Law 19 Art 65.2)? */
export function PerformanceQuestion({
  code,
  accessKey,
  onAnswered,
}: {
  code: string;
  accessKey: string;
  onAnswered: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [performed, setPerformed] = useState<'yes' | 'no' | ''>('');
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<SummaryItem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!performed) {
      setLocal([{ fieldId: 'performed-yes', message: t('case.performance.missing') }]);
      return;
    }
    setLocal([]);
    setError(null);
    setBusy(true);
    try {
      const result = (await answerPerformance(code, accessKey, {
        performed: performed === 'yes',
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      })) as { performed: boolean; courtRecognitionDeadline: string };
      onAnswered(
        result.performed
          ? t('case.performance.thanks')
          : t('case.performance.notPerformed', { date: formatDate(result.courtRecognitionDeadline) }),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('network', 0));
    } finally {
      setBusy(false);
    }
  };

  const missing = local[0]?.message;
  const plain =
    error && error.kind === 'rule'
      ? [{ message: t('case.performance.tooEarly') }]
      : summaryItems(t, error, { comment: 'performance-comment' });
  const items = error && error.kind === 'conflict' ? [{ message: t('case.performance.answered') }] : plain;

  return (
    <section aria-labelledby="case-performance-title" className="case-action">
      <h2 id="case-performance-title">{t('case.performance.heading')}</h2>
      <ErrorSummary items={[...local, ...(error ? items : [])]} />
      <p>{t('case.performance.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Choices
          name="performed"
          legend={t('case.performance.question')}
          errors={missing ? [missing] : []}
          choices={(['yes', 'no'] as const).map((value) => ({ value, label: t(`case.performance.${value}`) }))}
          selected={performed ? [performed] : []}
          onChange={([value]) => setPerformed(value === 'yes' ? 'yes' : 'no')}
        />
        <TextField
          id="performance-comment"
          label={t('case.performance.commentLabel')}
          hint={t('case.performance.commentHint')}
          multiline
          errors={fieldMessages(error, 'comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('case.sending') : t('case.performance.submit')}
        </button>
      </form>
    </section>
  );
}
