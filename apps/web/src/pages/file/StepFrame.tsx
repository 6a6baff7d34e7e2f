import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { STEP_COUNT, type Step } from './draft';
import { useErrorText } from './useErrorText';
import type { FormError } from './validate';

interface StepFrameProps {
  step: Step;
  /** The page's heading: the question this step asks. */
  title: string;
  errors: readonly FormError[];
  /** Where "Quay lại" goes. */
  backTo: string;
  onContinue: () => void;
  continueLabel?: string;
  busy?: boolean;
  children: ReactNode;
}

/** One step of the form: "Bước N/6", the question as the heading, the error summary, Back and Continue. */
export function StepFrame({ step, title, errors, backTo, onContinue, continueLabel, busy, children }: StepFrameProps) {
  const { t } = useTranslation();
  const { summary } = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const stepLabel = t('file.stepOf', { step, total: STEP_COUNT });
  usePageTitle(errors.length > 0 ? `${t('file.errorPrefix')} ${title}` : `${title} (${stepLabel})`);
  // A new step: move focus to its heading, so a screen reader starts there (the error summary takes it when shown).
  const hasErrors = errors.length > 0;
  useEffect(() => {
    if (hasErrors) return;
    // A "Thay đổi" link names the field to change (…#phone): start there, otherwise at the question.
    const field = window.location.hash.length > 1 ? document.getElementById(window.location.hash.slice(1)) : null;
    (field ?? heading.current)?.focus();
    // Only when the step changes: errors shown later take focus in their summary.
  }, [step]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <div className="file-step">
      <Link to={backTo} className="file-back">
        {t('common.back')}
      </Link>
      <ErrorSummary items={summary(errors)} />
      <p className="file-step__caption">{stepLabel}</p>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <form noValidate onSubmit={submit}>
        {children}
        <div className="file-actions">
          <button type="submit" className="button" disabled={busy} aria-disabled={busy || undefined}>
            {continueLabel ?? t('common.continue')}
          </button>
        </div>
      </form>
    </div>
  );
}
