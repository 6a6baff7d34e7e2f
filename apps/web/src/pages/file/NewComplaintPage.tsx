import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { saveAccessKey } from '../../api/access-key';
import { api, ApiError } from '../../api/client';
import { CheckAnswers } from './CheckAnswers';
import { Confirmation } from './Confirmation';
import { type DraftField, STEP_COUNT, type Step, toIntakeBody } from './draft';
import { type PickedFile, uploadEvidence } from './evidence';
import { StepAboutYou } from './StepAboutYou';
import { StepBusiness } from './StepBusiness';
import { StepEvidence } from './StepEvidence';
import { StepFrame } from './StepFrame';
import { StepPurchase } from './StepPurchase';
import { StepWhatHappened } from './StepWhatHappened';
import { SubmitProblem, type SubmitProblemKind } from './SubmitProblem';
import type { Upload } from './UploadProgress';
import { type Filed, loadFiled, saveFiled, useDraft } from './useDraft';
import { useErrorText } from './useErrorText';
import { type FormError, type PlacedError, placeServerErrors, validateStep } from './validate';
import './file.css';

interface IntakeResult {
  trackingCode: string;
  accessKey: string;
  warnings: string[];
}

const stepOf = (value: string | null): Step => {
  const n = Number(value ?? '1');
  return (Number.isInteger(n) && n >= 1 && n <= STEP_COUNT ? n : 1) as Step;
};
const stepUrl = (step: Step, fromCheck = false) => `?step=${step}${fromCheck && step !== 6 ? '&return=check' : ''}`;

/** /complaints/new: six short steps, then the confirmation on the same address. */
export default function NewComplaintPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const step = stepOf(params.get('step'));
  const fromCheck = params.get('return') === 'check';
  const { draft, set, renewKey, clear } = useDraft();
  const { forField } = useErrorText();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [clientErrors, setClientErrors] = useState<{ step: Step; errors: FormError[] } | null>(null);
  const [serverErrors, setServerErrors] = useState<PlacedError[]>([]);
  const [problem, setProblem] = useState<SubmitProblemKind | null>(null);
  const [busy, setBusy] = useState(false);
  const submitting = useRef(false);
  const [filed, setFiled] = useState<Filed | null>(loadFiled);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const pending = useRef<{ code: string; key: string; files: PickedFile[] } | null>(null);

  const errors: FormError[] = [
    ...(clientErrors?.step === step ? clientErrors.errors : []),
    ...serverErrors.filter((e) => e.step === step),
    ...(step === 6 && problem ? [{ field: 'form' as const, rule: problem }] : []),
  ];
  const errorsFor = (field: DraftField | 'evidence') => forField(errors, field);

  const go = (to: Step, back = fromCheck) => {
    setClientErrors(null);
    void navigate(stepUrl(to, back));
  };

  const runUploads = useCallback(async () => {
    const job = pending.current;
    if (!job) return;
    for (const picked of job.files) {
      const update = (change: Partial<Upload>) =>
        setUploads((list) => list.map((u) => (u.id === picked.id ? { ...u, ...change } : u)));
      update({ status: 'uploading', progress: 0 });
      try {
        await uploadEvidence(job.code, job.key, picked.file, (progress) => update({ progress }));
        update({ status: 'done', progress: 1 });
        job.files = job.files.filter((f) => f.id !== picked.id);
      } catch {
        update({ status: 'failed' });
      }
    }
  }, []);

  const submit = async () => {
    if (submitting.current) return; // a double click sends once (and the Idempotency-Key covers a retry)
    for (const s of [1, 2, 3, 4] as const) {
      const found = validateStep(s, draft);
      if (found.length > 0) {
        setClientErrors({ step: s, errors: found });
        void navigate(stepUrl(s, true));
        return;
      }
    }
    submitting.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const result = await api<IntakeResult>('/complaints', {
        method: 'POST',
        body: toIntakeBody(draft, i18n.language),
        headers: { 'Idempotency-Key': draft.idempotencyKey },
      });
      saveAccessKey(result.trackingCode, result.accessKey);
      const done = { trackingCode: result.trackingCode, warnings: result.warnings };
      saveFiled(done);
      pending.current = { code: result.trackingCode, key: result.accessKey, files };
      setUploads(files.map((f) => ({ id: f.id, name: f.file.name, status: 'waiting', progress: 0 })));
      setFiles([]);
      setServerErrors([]);
      clear();
      setFiled(done);
      void navigate('/complaints/new', { replace: true });
      void runUploads();
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'validation' && error.fieldErrors.length > 0) {
        const placed = placeServerErrors(error.fieldErrors);
        setServerErrors(placed);
        const first = Math.min(...placed.map((e) => e.step)) as Step;
        if (first !== 6) go(first, true);
      } else {
        const kind = error instanceof ApiError ? error.kind : 'network';
        // 422 idempotency_key_reused: the answers changed after a try that may have arrived.
        const changed = error instanceof ApiError && error.code === 'idempotency_key_reused';
        // 409, or answers changed: the next try is a new request.
        if (kind === 'conflict' || changed) renewKey();
        setProblem(
          changed
            ? 'changed'
            : kind === 'conflict' || kind === 'network' || kind === 'too_many' || kind === 'rule'
              ? kind
              : 'server',
        );
      }
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  if (filed) {
    return (
      <Confirmation
        filed={filed}
        uploads={uploads}
        onRetryUploads={() => {
          setUploads((list) => list.map((u) => (u.status === 'failed' ? { ...u, status: 'waiting', progress: 0 } : u)));
          void runUploads();
        }}
        onStartAgain={() => {
          saveFiled(null);
          setFiled(null);
          setUploads([]);
          void navigate('/complaints/new');
        }}
      />
    );
  }

  const stepProps = {
    draft,
    set: <K extends DraftField>(field: K, value: (typeof draft)[K]) => {
      set(field, value);
      setServerErrors((list) => (list.some((e) => e.field === field) ? list.filter((e) => e.field !== field) : list));
    },
    errorsFor,
  };
  const next = () => {
    if (step === 6) {
      void submit();
      return;
    }
    const found = validateStep(step, draft);
    if (found.length > 0) {
      setClientErrors({ step, errors: found });
      return;
    }
    setServerErrors((list) => list.filter((e) => e.step !== step));
    go(fromCheck ? 6 : ((step + 1) as Step));
  };
  const backTo = fromCheck ? stepUrl(6) : step === 1 ? '/' : stepUrl((step - 1) as Step);

  return (
    <StepFrame
      step={step}
      title={t(`file.questions.${step}`)}
      errors={errors}
      backTo={backTo}
      onContinue={next}
      continueLabel={step === 6 ? t('file.check.submit') : undefined}
      busy={busy}
    >
      {step === 1 && <StepAboutYou {...stepProps} />}
      {step === 2 && <StepBusiness {...stepProps} />}
      {step === 3 && <StepPurchase {...stepProps} />}
      {step === 4 && <StepWhatHappened {...stepProps} />}
      {step === 5 && (
        <StepEvidence
          files={files}
          onAdd={(added) =>
            setFiles((list) => [
              ...list,
              ...added.map((file) => ({ id: crypto.getRandomValues(new Uint32Array(2)).join('-'), file })),
            ])
          }
          onRemove={(id) => setFiles((list) => list.filter((f) => f.id !== id))}
        />
      )}
      {step === 6 && (
        <>
          {problem && <SubmitProblem kind={problem} />}
          <CheckAnswers draft={draft} files={files} />
        </>
      )}
    </StepFrame>
  );
}
