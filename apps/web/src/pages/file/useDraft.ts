import { useCallback, useEffect, useState } from 'react';
import { type Draft, type DraftField, emptyDraft, newIdempotencyKey } from './draft';

// The draft is kept in this tab's sessionStorage, so it survives a reload but not the end of the
// browser session. Only the form's fields and the submission's Idempotency-Key: never the access
// key (that one is kept per case by api/access-key.ts) and never files (a browser cannot keep them).
const DRAFT_KEY = 'cc.file.draft';
const DONE_KEY = 'cc.file.done';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function load(): Draft {
  const fresh = emptyDraft();
  try {
    const stored = storage()?.getItem(DRAFT_KEY);
    if (!stored) return fresh;
    const parsed = JSON.parse(stored) as Partial<Draft>;
    // Only the known fields, each of the expected type.
    const draft = { ...fresh };
    for (const key of Object.keys(fresh) as (keyof Draft)[]) {
      const value = parsed[key];
      if (typeof value === typeof fresh[key] && Array.isArray(value) === Array.isArray(fresh[key])) {
        (draft as Record<string, unknown>)[key] = value;
      }
    }
    return draft;
  } catch {
    return fresh;
  }
}

export interface DraftApi {
  draft: Draft;
  set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  /** A new Idempotency-Key (after a 409: this draft is a new request). */
  renewKey: () => void;
  clear: () => void;
}

export function useDraft(): DraftApi {
  const [draft, setDraft] = useState<Draft>(load);
  useEffect(() => {
    try {
      storage()?.setItem(DRAFT_KEY, JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the draft lasts while the page is open.
    }
  }, [draft]);
  const set = useCallback(<K extends DraftField>(field: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
  }, []);
  const renewKey = useCallback(() => setDraft((current) => ({ ...current, idempotencyKey: newIdempotencyKey() })), []);
  const clear = useCallback(() => {
    storage()?.removeItem(DRAFT_KEY);
    setDraft(emptyDraft());
  }, []);
  return { draft, set, renewKey, clear };
}

/** What the confirmation needs after a reload: the tracking code and warnings (the key stays in access-key.ts). */
export interface Filed {
  trackingCode: string;
  warnings: string[];
}

export function loadFiled(): Filed | null {
  try {
    const stored = storage()?.getItem(DONE_KEY);
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Filed;
    return typeof parsed.trackingCode === 'string' && Array.isArray(parsed.warnings) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveFiled(filed: Filed | null): void {
  try {
    if (filed) storage()?.setItem(DONE_KEY, JSON.stringify(filed));
    else storage()?.removeItem(DONE_KEY);
  } catch {
    // the confirmation lasts while the page is open
  }
}
