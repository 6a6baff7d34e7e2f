import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { parseAmount } from './amount';
import { businessApi } from './business-api';
import { type BusinessView, RESPONSE_TYPES, type ResponseType } from './types';
import { type FieldErrors, useBusinessForm } from './useBusinessForm';

const IDS = {
  type: 'respond-type-propose_remedy',
  description: 'respond-description',
  amountVnd: 'respond-amount',
  reasons: 'respond-reasons',
  question: 'respond-question',
} as const;

/** The three answers the law gives the business (Art 57.2, 57.6): each with the fields it needs. */
export function RespondForm({
  token,
  onSent,
  onGone,
}: {
  token: string;
  onSent: (view: BusinessView) => void;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<ResponseType | ''>('');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [reasons, setReasons] = useState('');
  const [question, setQuestion] = useState('');
  const { errors, summary, sending, submit: send } = useBusinessForm({ fieldIds: IDS, onGone });

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (type === '') found[IDS.type] = [t('business.respond.errors.type')];
    if (type === 'propose_remedy' && description.trim() === '')
      found[IDS.description] = [t('business.respond.errors.description')];
    if (type === 'propose_remedy' && amount.trim() !== '' && parseAmount(amount) === null)
      found[IDS.amountVnd] = [t('business.respond.errors.amount')];
    if (type === 'refuse_with_reasons' && reasons.trim() === '')
      found[IDS.reasons] = [t('business.respond.errors.reasons')];
    if (type === 'ask_question' && question.trim() === '')
      found[IDS.question] = [t('business.respond.errors.question')];
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send(check(), async () => {
      const body =
        type === 'propose_remedy'
          ? { type, description: description.trim(), ...(amount.trim() ? { amountVnd: parseAmount(amount) } : {}) }
          : type === 'refuse_with_reasons'
            ? { type, reasons: reasons.trim() }
            : { type, question: question.trim() };
      onSent(await businessApi<BusinessView>(token, '/respond', { method: 'POST', body }));
    });
  };

  return (
    <section aria-labelledby="respond-title">
      <h2 id="respond-title">{t('business.respond.title')}</h2>
      <p>{t('business.respond.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary items={summary} />
        <Choices
          name="respond-type"
          legend={t('business.respond.legend')}
          choices={RESPONSE_TYPES.map((value) => ({
            value,
            label: t(`business.respond.type.${value}.label`),
            hint: t(`business.respond.type.${value}.hint`),
          }))}
          selected={type ? [type] : []}
          onChange={([value]) => setType(value as ResponseType)}
          errors={errors[IDS.type]}
        />
        {type === 'propose_remedy' && (
          <>
            <TextField
              id={IDS.description}
              label={t('business.respond.description.label')}
              hint={t('business.respond.description.hint')}
              multiline
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              errors={errors[IDS.description]}
            />
            <TextField
              id={IDS.amountVnd}
              label={t('business.respond.amount.label')}
              hint={t('business.respond.amount.hint')}
              inputMode="numeric"
              autoComplete="off"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              errors={errors[IDS.amountVnd]}
            />
          </>
        )}
        {type === 'refuse_with_reasons' && (
          <TextField
            id={IDS.reasons}
            label={t('business.respond.reasons.label')}
            hint={t('business.respond.reasons.hint')}
            multiline
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
            errors={errors[IDS.reasons]}
          />
        )}
        {type === 'ask_question' && (
          <TextField
            id={IDS.question}
            label={t('business.respond.question.label')}
            hint={t('business.respond.question.hint')}
            multiline
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
            errors={errors[IDS.question]}
          />
        )}
        <button type="submit" className="button" disabled={sending}>
          {sending ? t('business.sending') : t('business.respond.submit')}
        </button>
      </form>
    </section>
  );
}
