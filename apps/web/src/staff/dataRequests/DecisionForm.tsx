import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { FormFacts } from '../mediation/FormFacts';
import { privacyApi } from './privacy-api';
import type { DataRequestDecision, StaffDataRequest } from './types';

/**
 * The decision on one request: a first answer (being handled), carried out, or refused with a
 * reason (required, sent to the consumer). `onDecided` reloads the list, also after a 409.
 */
export function DecisionForm({
  request,
  onDecided,
}: {
  request: StaffDataRequest;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { decision: `decision-${request.id}`, reason: `reason-${request.id}` };
  const [decision, setDecision] = useState<DataRequestDecision | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const choices = (request.status === 'received' ? ['answered', 'completed', 'refused'] : ['completed', 'refused']).map(
    (value) => ({
      value,
      label: t(`staffPrivacy.requests.decision.${value}`),
      hint: t(`staffPrivacy.requests.decisionHint.${value}`),
    }),
  );
  const summary = [
    ...Object.entries(errors).flatMap(([fieldId, messages]) => messages.map((message) => ({ fieldId, message }))),
    ...(problem ? [{ message: problem }] : []),
  ];

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!decision) found[ids.decision] = [t('staffPrivacy.requests.chooseDecision')];
    if (decision === 'refused' && !reason.trim()) found[ids.reason] = [t('staffPrivacy.requests.reasonRequired')];
    setErrors(found);
    setProblem(null);
    if (!decision || Object.keys(found).length > 0) return;
    setSending(true);
    try {
      await privacyApi.decide(request.id, { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDecided(t('staffPrivacy.requests.decided', { code: request.trackingCode }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        onDecided(t('staffPrivacy.requests.decidedAlready', { code: request.trackingCode }));
      } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const byField: Record<string, string[]> = {};
        for (const e of error.fieldErrors) {
          const id = e.field === 'reason' ? ids.reason : ids.decision;
          byField[id] = [...(byField[id] ?? []), ...e.messages];
        }
        setErrors(byField);
      } else {
        setProblem(
          error instanceof ApiError && error.status === 404
            ? t('staffPrivacy.requests.gone')
            : t(`staffMediation.problem.${error instanceof ApiError ? error.kind : 'network'}`),
        );
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void send(event)}>
      <ErrorSummary items={summary} />
      <FormFacts
        does={t('staffPrivacy.requests.does')}
        told={t('staffPrivacy.requests.told')}
        basis={t('staffPrivacy.requests.basis')}
      />
      <Choices
        name={ids.decision}
        legend={t('staffPrivacy.requests.decisionLegend')}
        errors={errors[ids.decision]}
        choices={choices}
        firstId={ids.decision}
        selected={decision ? [decision] : []}
        onChange={(values) => setDecision(values[0] as DataRequestDecision)}
      />
      <TextField
        id={ids.reason}
        label={t('staffPrivacy.requests.reason')}
        hint={t('staffPrivacy.requests.reasonHint')}
        multiline
        maxLength={2000}
        errors={errors[ids.reason]}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="button" disabled={sending}>
        {t('staffPrivacy.requests.send')}
      </button>
    </form>
  );
}
