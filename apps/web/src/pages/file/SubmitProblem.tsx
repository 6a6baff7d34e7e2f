import { useTranslation } from 'react-i18next';

/** `changed`: the draft's Idempotency-Key was used with other answers: the first try may have arrived. */
export type SubmitProblemKind = 'network' | 'conflict' | 'changed' | 'rule' | 'too_many' | 'server';

/** Why the complaint was not sent, in plain words, and what to do now. Nothing typed is lost. */
export function SubmitProblem({ kind }: { kind: SubmitProblemKind }) {
  const { t } = useTranslation();
  return (
    <div className="panel file-problem">
      <h2>{t(`file.problem.${kind}.title`)}</h2>
      <p>{t(`file.problem.${kind}.text`)}</p>
      <p>{t('file.problem.kept')}</p>
    </div>
  );
}
