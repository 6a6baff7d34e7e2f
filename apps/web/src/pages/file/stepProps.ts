import type { Draft, DraftField } from './draft';

/** What every step of the form gets from the page. */
export interface StepProps {
  draft: Draft;
  set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  /** The messages to show beside a field (already translated). */
  errorsFor: (field: DraftField | 'evidence') => string[];
}
