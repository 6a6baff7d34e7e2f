import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { Choices } from '../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { rate } from './case-api';
import { canRate } from './case-state';
import { fieldMessages, summaryItems } from './errors';
import { KeyForm } from './KeyForm';
import { LoadFailure } from './LoadFailure';
import { useConsumerCase } from './useConsumerCase';
import './case.css';

const SCORES = [5, 4, 3, 2, 1] as const;

/** At the end: how well was the complaint handled? 1–5 with words, an optional comment. */
export default function RatingPage() {
  const { t } = useTranslation();
  const { trackingCode = '' } = useParams();
  const {
    key,
    view,
    setView,
    error: loadError,
    keyRejected,
    submitKey,
    reload,
    rejectKey,
  } = useConsumerCase(trackingCode);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<SummaryItem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  usePageTitle(key ? t('rating.title') : t('case.key.title'));

  if (!key) return <KeyForm code={trackingCode} rejected={keyRejected} onKey={submitKey} />;
  if (loadError && !view) return <LoadFailure error={loadError} onRetry={() => void reload()} />;
  if (!view) return <Loading />;
  const back = `/complaints/${encodeURIComponent(trackingCode)}`;

  if (done) {
    return (
      <>
        <h1>{t('rating.thanksTitle')}</h1>
        <div className="panel" role="status">
          <p>{t('rating.thanks')}</p>
        </div>
        <p>
          <Link to={back}>{t('rating.back')}</Link>
        </p>
      </>
    );
  }

  if (!canRate(view)) {
    const rated = view.timeline.some((e) => e.action === 'rated');
    return (
      <>
        <h1>{t('rating.title')}</h1>
        <p>{rated ? t('rating.already') : t('rating.notYet')}</p>
        <p>
          <Link to={back}>{t('rating.back')}</Link>
        </p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) {
      setLocal([{ fieldId: 'score-5', message: t('rating.scoreMissing') }]);
      return;
    }
    setLocal([]);
    setError(null);
    setBusy(true);
    try {
      setView(await rate(trackingCode, key, { score, ...(comment.trim() ? { comment: comment.trim() } : {}) }));
      setDone(true);
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError('network', 0);
      if (failure.kind === 'not_found' || failure.kind === 'forbidden') rejectKey();
      else if (failure.kind === 'conflict') {
        await reload();
        setError(failure);
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const scoreError = local[0]?.message;
  const apiItems =
    error?.kind === 'conflict'
      ? [{ message: t('rating.conflict') }]
      : summaryItems(t, error, { score: 'score-5', comment: 'rating-comment' });

  return (
    <>
      <ErrorSummary items={[...local, ...(error ? apiItems : [])]} />
      <h1>{t('rating.title')}</h1>
      <p>{t('rating.intro', { code: view.trackingCode })}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Choices
          name="score"
          legend={t('rating.question')}
          hint={t('rating.hint')}
          errors={scoreError ? [scoreError] : []}
          choices={SCORES.map((value) => ({ value: String(value), label: t(`rating.score.${value}`) }))}
          selected={score === null ? [] : [String(score)]}
          onChange={([value]) => setScore(Number(value))}
        />
        <TextField
          id="rating-comment"
          label={t('rating.commentLabel')}
          hint={t('rating.commentHint')}
          multiline
          errors={fieldMessages(error, 'comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('case.sending') : t('rating.submit')}
        </button>
      </form>
      <p>
        <Link to={back}>{t('rating.back')}</Link>
      </p>
    </>
  );
}
