import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FileProblem, fileProblem, formatSize, MAX_FILES, type PickedFile } from './evidence';

interface StepEvidenceProps {
  files: readonly PickedFile[];
  onAdd: (files: File[]) => void;
  onRemove: (id: string) => void;
}

interface Refused {
  name: string;
  problem: FileProblem;
}

/** Step 5: photos or PDFs, chosen (the camera on a phone) or dropped; checked here, sent after filing. */
export function StepEvidence({ files, onAdd, onRemove }: StepEvidenceProps) {
  const { t, i18n } = useTranslation();
  const [refused, setRefused] = useState<Refused[]>([]);
  const [dragging, setDragging] = useState(false);

  const add = (list: FileList | null) => {
    if (!list) return;
    const accepted: File[] = [];
    const problems: Refused[] = [];
    for (const file of Array.from(list)) {
      const problem = files.length + accepted.length >= MAX_FILES ? 'tooMany' : fileProblem(file);
      if (problem) problems.push({ name: file.name, problem });
      else accepted.push(file);
    }
    setRefused(problems);
    if (accepted.length > 0) onAdd(accepted);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <>
      <p>{t('file.evidence.intro')}</p>
      <div className="panel file-note">{t('file.evidence.notKept')}</div>
      <div className={refused.length > 0 ? 'field field--error' : 'field'}>
        <div
          className={dragging ? 'file-drop file-drop--active' : 'file-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor="evidence" className="field__label">
            {t('file.evidence.choose')}
          </label>
          <p id="evidence-hint" className="field__hint">
            {t('file.evidence.hint', { max: MAX_FILES })}
          </p>
          {refused.length > 0 && (
            <ul id="evidence-error" className="field__error file-refused" role="alert">
              {refused.map((r, index) => (
                <li key={`${r.name}-${index}`}>
                  {t(`file.evidence.problem.${r.problem}`, { name: r.name, max: MAX_FILES })}
                </li>
              ))}
            </ul>
          )}
          <input
            id="evidence"
            type="file"
            multiple
            accept="image/*,application/pdf"
            className="file-drop__input"
            aria-describedby={refused.length > 0 ? 'evidence-hint evidence-error' : 'evidence-hint'}
            onChange={(event) => {
              add(event.target.files);
              event.target.value = '';
            }}
          />
          <p className="file-drop__or">{t('file.evidence.drop')}</p>
        </div>
      </div>
      <h2>{t('file.evidence.chosen', { count: files.length })}</h2>
      {files.length === 0 ? (
        <p>{t('file.evidence.none')}</p>
      ) : (
        <ul className="file-list">
          {files.map(({ id, file }) => (
            <li key={id} className="file-list__item">
              <span className="file-list__name">{file.name}</span>
              <span className="file-list__size">{formatSize(file.size, i18n.language)}</span>
              <button type="button" className="link-button" onClick={() => onRemove(id)}>
                {t('file.evidence.remove')}
                <span className="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
