import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { hanoiInstant, hanoiParts } from './agenda';
import { FormFacts } from './FormFacts';
import { mediationApi, type SessionInput } from './mediation-api';
import type { StaffSession } from './types';
import { useStaffForm } from './useStaffForm';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** Schedule a session, or move one (`session` given): time in Hà Nội, length, in person or online (Art 54.1). */
export function SessionForm({
  caseId,
  session,
  onDone,
}: {
  caseId: string;
  session?: StaffSession;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const prefix = session ? `med-move-${session.id.slice(0, 8)}` : 'med-schedule';
  const ids = {
    mode: `${prefix}-mode`,
    startsAt: `${prefix}-date`,
    time: `${prefix}-time`,
    durationMinutes: `${prefix}-duration`,
    place: `${prefix}-place`,
    onlineUrl: `${prefix}-url`,
  };
  const start = session ? hanoiParts(session.startsAt) : { date: '', time: '' };
  const [mode, setMode] = useState<string[]>([session?.mode ?? 'in_person']);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState(String(session?.durationMinutes ?? 90));
  const [place, setPlace] = useState(session?.place ?? '');
  const [url, setUrl] = useState(session?.onlineUrl ?? '');
  const form = useStaffForm(ids);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!DATE.test(date)) found[ids.startsAt] = [t('staffMediation.sessionForm.dateMissing')];
    if (!TIME.test(time)) found[ids.time] = [t('staffMediation.sessionForm.timeMissing')];
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 15)
      found[ids.durationMinutes] = [t('staffMediation.sessionForm.durationBad')];
    if (mode[0] === 'in_person' && place.trim() === '')
      found[ids.place] = [t('staffMediation.sessionForm.placeMissing')];
    if (mode[0] === 'online' && !url.trim().startsWith('https://'))
      found[ids.onlineUrl] = [t('staffMediation.sessionForm.urlBad')];
    const body: SessionInput = {
      mode: mode[0] === 'online' ? 'online' : 'in_person',
      startsAt: hanoiInstant(date, time),
      durationMinutes: minutes,
      ...(mode[0] === 'in_person' ? { place: place.trim() } : { onlineUrl: url.trim() }),
    };
    const ok = await form.submit(found, async () => {
      if (session) await mediationApi.reschedule(caseId, session.id, body);
      else await mediationApi.schedule(caseId, body);
    });
    if (ok) onDone(t(session ? 'staffMediation.sessionForm.moved' : 'staffMediation.sessionForm.scheduled'));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t(session ? 'staffMediation.sessionForm.doesMove' : 'staffMediation.sessionForm.does')}
        told={t('staffMediation.sessionForm.told')}
        basis={t('staffMediation.sessionForm.basis')}
      />
      <Choices
        name={ids.mode}
        idBase={ids.mode}
        legend={t('staffMediation.sessionForm.mode')}
        selected={mode}
        onChange={setMode}
        errors={form.errors[ids.mode]}
        choices={[
          { value: 'in_person', label: t('staffMediation.sessionForm.inPerson') },
          { value: 'online', label: t('staffMediation.sessionForm.online') },
        ]}
      />
      <TextField
        id={ids.startsAt}
        label={t('staffMediation.sessionForm.date')}
        hint={t('staffMediation.sessionForm.dateHint')}
        type="date"
        errors={form.errors[ids.startsAt]}
        value={date}
        onChange={(event) => setDate(event.target.value)}
      />
      <TextField
        id={ids.time}
        label={t('staffMediation.sessionForm.time')}
        hint={t('staffMediation.sessionForm.timeHint')}
        type="time"
        errors={form.errors[ids.time]}
        value={time}
        onChange={(event) => setTime(event.target.value)}
      />
      <TextField
        id={ids.durationMinutes}
        label={t('staffMediation.sessionForm.duration')}
        type="number"
        inputMode="numeric"
        min={15}
        step={15}
        errors={form.errors[ids.durationMinutes]}
        value={duration}
        onChange={(event) => setDuration(event.target.value)}
      />
      {mode[0] === 'in_person' ? (
        <TextField
          id={ids.place}
          label={t('staffMediation.sessionForm.place')}
          hint={t('staffMediation.sessionForm.placeHint')}
          errors={form.errors[ids.place]}
          maxLength={300}
          value={place}
          onChange={(event) => setPlace(event.target.value)}
        />
      ) : (
        <TextField
          id={ids.onlineUrl}
          label={t('staffMediation.sessionForm.url')}
          hint={t('staffMediation.sessionForm.urlHint')}
          type="url"
          errors={form.errors[ids.onlineUrl]}
          maxLength={500}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
      )}
      <button type="submit" className="button" disabled={form.sending}>
        {t(session ? 'staffMediation.sessionForm.submitMove' : 'staffMediation.sessionForm.submit')}
      </button>
    </form>
  );
}
