import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Choices } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { FormFacts } from './FormFacts';
import { mediationApi } from './mediation-api';
import type { Suggestion } from './types';
import { useLoad } from './useLoad';
import { problemText, useStaffForm } from './useStaffForm';

const IDS = {
  mediatorId: 'med-assign-mediator',
  interpreter: 'med-assign-interpreter',
  consumerLanguage: 'med-assign-language',
};

/** A suggestion's reasons in words: "speaks Tày", "works in this sector", "2 of 10 open cases". */
export function useReasonText() {
  const { t } = useTranslation();
  return (reason: string): string => {
    const speaks = /^speaks_(.+)$/.exec(reason);
    if (speaks)
      return t('staffMediation.reason.speaks', {
        language: t(`staffMediation.language.${speaks[1]}`, { defaultValue: speaks[1] }),
      });
    const load = /^load_(\d+)_of_(\d+)$/.exec(reason);
    if (load) return t('staffMediation.reason.load', { open: Number(load[1]), max: Number(load[2]) });
    return t(`staffMediation.reason.${reason}`, { defaultValue: reason });
  };
}

/**
 * Appoint (or replace) the case's mediator: the organisation's mediators ranked with their reasons,
 * the others with why not (Law 19 Arts 63.2, 64.2, 64.3).
 */
export function AssignMediator({
  caseId,
  currentMediatorId,
  onDone,
}: {
  caseId: string;
  currentMediatorId: string | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const list = useLoad(() => mediationApi.suggestions(caseId), `${caseId}:${currentMediatorId ?? ''}`);
  const [chosen, setChosen] = useState<string[]>([]);
  const [interpreter, setInterpreter] = useState(false);
  const [language, setLanguage] = useState('');
  const form = useStaffForm(IDS);

  if (list.state === 'loading') return <Loading />;
  if (list.state === 'failed') return <p role="alert">{problemText(list.error, t)}</p>;
  const { suggestions, excluded, languageUnknown, neededLanguages } = list.data;
  const picked: Suggestion | undefined = suggestions.find((s) => s.mediatorId === chosen[0]);
  const reassign = currentMediatorId !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string[]> = {};
    if (!picked) found[IDS.mediatorId] = [t('staffMediation.assign.pickMissing')];
    const ok = await form.submit(found, async () => {
      await mediationApi.assign(caseId, {
        mediatorId: chosen[0],
        ...(interpreter ? { interpreter: true } : {}),
        ...(languageUnknown && language.trim() ? { consumerLanguage: language.trim() } : {}),
      });
    });
    if (ok) onDone(t('staffMediation.assign.done', { name: picked?.name ?? '' }));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} />
      <FormFacts
        does={t(reassign ? 'staffMediation.assign.doesReassign' : 'staffMediation.assign.does')}
        told={t('staffMediation.assign.told')}
        basis={t('staffMediation.assign.basis')}
      />
      {neededLanguages.length > 0 && (
        <p className="panel">
          {t('staffMediation.assign.needed', {
            languages: neededLanguages.map((l) => t(`staffMediation.language.${l}`, { defaultValue: l })).join(', '),
          })}
        </p>
      )}
      {suggestions.length === 0 ? (
        <p>{t('staffMediation.assign.none')}</p>
      ) : (
        <Choices
          name="mediatorId"
          idBase={IDS.mediatorId}
          firstId={IDS.mediatorId}
          legend={t('staffMediation.assign.legend')}
          hint={t('staffMediation.assign.hint')}
          errors={form.errors[IDS.mediatorId]}
          selected={chosen}
          onChange={setChosen}
          choices={suggestions.map((s) => ({
            value: s.mediatorId,
            label: s.name,
            hint: [
              ...s.reasons.map(reasonText),
              ...(s.interpreterNeeded ? [t('staffMediation.assign.interpreterNeeded')] : []),
            ].join(' · '),
          }))}
        />
      )}
      {(picked?.interpreterNeeded || languageUnknown) && (
        <Checkbox
          id={IDS.interpreter}
          label={t('staffMediation.assign.interpreter')}
          hint={t('staffMediation.assign.interpreterHint')}
          errors={form.errors[IDS.interpreter]}
          checked={interpreter}
          onChange={setInterpreter}
        />
      )}
      {languageUnknown && (
        <TextField
          id={IDS.consumerLanguage}
          label={t('staffMediation.assign.language')}
          hint={t('staffMediation.assign.languageHint')}
          errors={form.errors[IDS.consumerLanguage]}
          value={language}
          maxLength={60}
          onChange={(event) => setLanguage(event.target.value)}
        />
      )}
      {suggestions.length > 0 && (
        <button type="submit" className="button" disabled={form.sending}>
          {t(reassign ? 'staffMediation.assign.submitReassign' : 'staffMediation.assign.submit')}
        </button>
      )}
      {excluded.length > 0 && (
        <details>
          <summary>{t('staffMediation.assign.excluded', { count: excluded.length })}</summary>
          <ul className="staff-list">
            {excluded.map((e) => (
              <li key={e.mediatorId}>
                <strong>{e.name}</strong>: {e.reasons.map(reasonText).join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
