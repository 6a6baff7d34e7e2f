import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Choices } from '../../components/Choices';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { staffApi } from '../session/staff-api';

const BODY_MAX = 5000;

/** One of the two: an internal note (staff only) or a message to a party (timeline and email). */
function WriteForm({ caseId, kind, onSent }: { caseId: string; kind: 'note' | 'message'; onSent: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [to, setTo] = useState<string>('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const id = (name: string) => `${kind}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const missing: SummaryItem[] = [];
    if (kind === 'message' && !to)
      missing.push({ fieldId: id('to-consumer'), message: t('staff.case.write.toMissing') });
    if (body.trim() === '') missing.push({ fieldId: id('body'), message: t(`staff.case.write.${kind}.missing`) });
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      await staffApi(`/cases/${caseId}/${kind === 'note' ? 'notes' : 'messages'}`, {
        method: 'POST',
        body: kind === 'note' ? { body: body.trim() } : { body: body.trim(), to },
      });
      setBody('');
      setTo('');
      setSent(true);
      onSent();
    } catch (error) {
      setErrors([
        error instanceof ApiError && error.fieldErrors.length > 0
          ? { fieldId: id('body'), message: error.fieldErrors.flatMap((f) => f.messages).join(' ') }
          : {
              message: t(`staff.problem.${error instanceof ApiError ? error.kind : 'server'}`, {
                defaultValue: t('staff.problem.server'),
              }),
            },
      ]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t(`staff.case.write.${kind}.title`)}</h3>
      <p>{t(`staff.case.write.${kind}.who`)}</p>
      <ErrorSummary items={errors} />
      {kind === 'message' && (
        <Choices
          name={id('to')}
          legend={t('staff.case.write.to')}
          errors={errors.filter((e) => e.fieldId === id('to-consumer')).map((e) => e.message)}
          choices={[
            { value: 'consumer', label: t('staff.case.parties.role.consumer') },
            { value: 'business', label: t('staff.case.parties.role.business') },
          ]}
          selected={to ? [to] : []}
          onChange={([chosen]) => setTo(chosen ?? '')}
        />
      )}
      <TextField
        id={id('body')}
        label={t(`staff.case.write.${kind}.label`)}
        multiline
        maxLength={BODY_MAX}
        value={body}
        errors={errors.filter((e) => e.fieldId === id('body')).map((e) => e.message)}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t(`staff.case.write.${kind}.submit`)}
      </button>
      <p role="status">{sent ? t(`staff.case.write.${kind}.sent`) : ''}</p>
    </form>
  );
}

/** Internal notes and messages to the parties (the roles that work on cases). */
export function NotesSection({ caseId, onSent }: { caseId: string; onSent: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="write-title">
      <h2 id="write-title">{t('staff.case.write.title')}</h2>
      <WriteForm caseId={caseId} kind="note" onSent={onSent} />
      <WriteForm caseId={caseId} kind="message" onSent={onSent} />
    </section>
  );
}
