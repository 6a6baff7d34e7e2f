import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { parseAmount } from './amount';
import { fieldErrorsOf, ruleErrorsOf, summaryItems } from './problems';
import { RadioGroup } from './RadioGroup';
import { businessPath, REPORTED_RESULTS, type ReportedResult } from './types';

const IDS = {
  result: 'report-result-agreement',
  summary: 'report-summary',
  amountVnd: 'report-amount',
} as const;

interface Receipt {
  trackingCode: string;
  result: ReportedResult;
  reportedAt: string;
}

/** Law 19 Art 57.5: how the negotiation ended, reported within 5 working days; the link then ends. */
export function ResultReportForm({ token, onGone }: { token: string; onGone: () => void }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<ReportedResult | ''>('');
  const [summaryText, setSummaryText] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (result === '') found[IDS.result] = [t('business.report.errors.result')];
    if (summaryText.trim() === '') found[IDS.summary] = [t('business.report.errors.summary')];
    if (result === 'agreement' && amount.trim() !== '' && parseAmount(amount) === null)
      found[IDS.amountVnd] = [t('business.respond.errors.amount')];
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setSummary(summaryItems(null, found, t));
      return;
    }
    setSending(true);
    try {
      const body = {
        result,
        summary: summaryText.trim(),
        ...(result === 'agreement' && amount.trim() ? { amountVnd: parseAmount(amount) } : {}),
      };
      setReceipt(await api<Receipt>(businessPath(token, '/result-report'), { method: 'POST', body }));
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'gone') return onGone();
      const byField = {
        ...fieldErrorsOf(error, IDS),
        ...ruleErrorsOf(error, IDS, (rule) => t(`business.report.rules.${rule}`, { defaultValue: '' })),
      };
      setErrors(byField);
      setSummary(summaryItems(error, byField, t));
    } finally {
      setSending(false);
    }
  };

  if (receipt) {
    return (
      <section aria-labelledby="report-title" className="panel business-done" role="status">
        <h2 id="report-title">{t('business.report.doneTitle')}</h2>
        <p>
          {t('business.report.done', {
            result: t(`business.report.result.${receipt.result}.label`),
            date: formatDate(receipt.reportedAt),
          })}
        </p>
        <p>{t('business.report.linkEnds')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('business.report.title')}</h2>
      <p>{t('business.report.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary items={summary} />
        <RadioGroup
          name="report-result"
          legend={t('business.report.legend')}
          options={REPORTED_RESULTS.map((value) => ({
            value,
            label: t(`business.report.result.${value}.label`),
            hint: t(`business.report.result.${value}.hint`),
          }))}
          value={result}
          onChange={(value) => setResult(value as ReportedResult)}
          errors={errors[IDS.result]}
        />
        <TextField
          id={IDS.summary}
          label={t('business.report.summary.label')}
          hint={t('business.report.summary.hint')}
          multiline
          value={summaryText}
          onChange={(e) => setSummaryText(e.target.value)}
          errors={errors[IDS.summary]}
        />
        {result === 'agreement' && (
          <TextField
            id={IDS.amountVnd}
            label={t('business.report.amount.label')}
            hint={t('business.report.amount.hint')}
            inputMode="numeric"
            autoComplete="off"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            errors={errors[IDS.amountVnd]}
          />
        )}
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('business.sending') : t('business.report.submit')}
        </button>
      </form>
    </section>
  );
}
