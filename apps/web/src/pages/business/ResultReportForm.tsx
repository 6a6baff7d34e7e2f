import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { parseAmount } from './amount';
import { ruleErrorsOf } from './problems';
import { businessApi } from './business-api';
import { REPORTED_RESULTS, type ReportedResult } from './types';
import { type FieldErrors, useBusinessForm } from './useBusinessForm';

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
  const {
    errors,
    summary,
    sending,
    submit: send,
  } = useBusinessForm({
    fieldIds: IDS,
    onGone,
    moreErrors: (error) => ruleErrorsOf(error, IDS, (rule) => t(`business.report.rules.${rule}`, { defaultValue: '' })),
  });
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (result === '') found[IDS.result] = [t('business.report.errors.result')];
    if (summaryText.trim() === '') found[IDS.summary] = [t('business.report.errors.summary')];
    if (result === 'agreement' && amount.trim() !== '' && parseAmount(amount) === null)
      found[IDS.amountVnd] = [t('business.respond.errors.amount')];
    await send(found, async () => {
      const body = {
        result,
        summary: summaryText.trim(),
        ...(result === 'agreement' && amount.trim() ? { amountVnd: parseAmount(amount) } : {}),
      };
      setReceipt(await businessApi<Receipt>(token, '/result-report', { method: 'POST', body }));
    });
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
        <Choices
          name="report-result"
          legend={t('business.report.legend')}
          choices={REPORTED_RESULTS.map((value) => ({
            value,
            label: t(`business.report.result.${value}.label`),
            hint: t(`business.report.result.${value}.hint`),
          }))}
          selected={result ? [result] : []}
          onChange={([value]) => setResult(value as ReportedResult)}
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
