import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accessKeyFor } from '../../api/access-key';
import type { DeadlineView } from '../../api/types';
import { DueDate } from '../../components/DueDate';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { getCase } from '../case/case-api';
import { CopyButton } from './CopyButton';
import { type Upload, UploadProgress } from './UploadProgress';
import type { Filed } from './useDraft';

interface ConfirmationProps {
  filed: Filed;
  uploads: readonly Upload[];
  onRetryUploads: () => void;
  onStartAgain: () => void;
}

const CONSUMER_WARNINGS = ['limitation_period', 'summary_procedure_eligible'];
const NEXT_STEPS = ['review', 'forward', 'acknowledge', 'negotiate', 'mediation'] as const;
/** The steps whose clock starts at filing: their last day is known now (the others start later). */
const STEP_CLOCKS: Partial<Record<(typeof NEXT_STEPS)[number], string>> = { review: 'triage', forward: 'forwarding' };

/** The case's running clocks, read once after filing with the key kept for this session; none if that fails. */
function useFiledClocks(trackingCode: string, accessKey: string | null): readonly DeadlineView[] {
  const [clocks, setClocks] = useState<readonly DeadlineView[]>([]);
  useEffect(() => {
    if (!accessKey) return;
    let live = true;
    getCase(trackingCode, accessKey).then(
      (view) => live && setClocks(view.deadlines),
      () => undefined, // the steps keep their words without dates
    );
    return () => {
      live = false;
    };
  }, [trackingCode, accessKey]);
  return clocks;
}

/** After filing: the tracking code and access key (copy, print), what happens next, the warnings. */
export function Confirmation({ filed, uploads, onRetryUploads, onStartAgain }: ConfirmationProps) {
  const { t } = useTranslation();
  usePageTitle(t('file.done.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const accessKey = accessKeyFor(filed.trackingCode);
  const warnings = filed.warnings.filter((w) => CONSUMER_WARNINGS.includes(w));
  const clocks = useFiledClocks(filed.trackingCode, accessKey);
  return (
    <div className="file-done">
      <div className="file-done__panel">
        <h1 tabIndex={-1} ref={heading}>
          {t('file.done.title')}
        </h1>
        <p className="print-only">
          {t('layout.serviceName')} — {t('file.done.filedOn', { date: formatDate(new Date()) })}
        </p>
        <p className="file-done__label" id="tracking-code-label">
          {t('file.done.trackingCode')}
        </p>
        <p className="file-done__value" aria-labelledby="tracking-code-label" data-testid="tracking-code">
          {filed.trackingCode}
        </p>
        <span className="no-print">
          <CopyButton value={filed.trackingCode} label={t('file.done.copyCode')} />
        </span>
        {accessKey && (
          <>
            <p className="file-done__label" id="access-key-label">
              {t('file.done.accessKey')}
            </p>
            <p
              className="file-done__value file-done__value--key"
              aria-labelledby="access-key-label"
              data-testid="access-key"
            >
              {accessKey}
            </p>
            <span className="no-print">
              <CopyButton value={accessKey} label={t('file.done.copyKey')} />
            </span>
          </>
        )}
      </div>
      <div className="file-done__warning">
        <p>
          <strong>{t('file.done.keepSafeTitle')}</strong> {t('file.done.keepSafe')}
        </p>
      </div>
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('file.done.print')}
        </button>
      </p>
      <UploadProgress uploads={uploads} onRetry={onRetryUploads} />
      <h2>{t('file.done.nextHeading')}</h2>
      <ol className="file-next">
        {NEXT_STEPS.map((step) => {
          const clock = clocks.find((c) => c.kind === STEP_CLOCKS[step]);
          return (
            <li key={step}>
              {t(`file.done.next.${step}`)}
              {clock && <DueDate dueAt={clock.dueAt} workingDaysLeft={clock.workingDaysLeft} />}
            </li>
          );
        })}
      </ol>
      <p>{t('file.done.workingDays')}</p>
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t('file.done.warningsHeading')}</h2>
          {warnings.map((warning) => (
            <div key={warning} className="panel">
              <h3>{t(`file.done.warnings.${warning}.title`)}</h3>
              <p>{t(`file.done.warnings.${warning}.text`)}</p>
            </div>
          ))}
        </section>
      )}
      <h2>{t('file.done.followHeading')}</h2>
      <p>{t('file.done.followText')}</p>
      <p className="no-print">
        <Link to={`/complaints/${encodeURIComponent(filed.trackingCode)}`} className="button">
          {t('file.done.follow')}
        </Link>
      </p>
      <p className="no-print">
        <button type="button" className="link-button" onClick={onStartAgain}>
          {t('file.done.another')}
        </button>
      </p>
    </div>
  );
}
