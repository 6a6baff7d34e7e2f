// The tracking form's own checks, before asking the api (the same shape as the api's: PREFIX-YYYY-NNNNNN).

const TRACKING_CODE = /^[A-Z]{1,6}-\d{4}-\d{6,}$/;

/** Catalog keys of the fields' errors. */
export interface TrackErrors {
  code?: 'track.errors.codeMissing' | 'track.errors.codeFormat';
  key?: 'track.errors.keyMissing';
}

/** Upper case, without spaces (people copy codes with a space or type them in lower case). */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

export function checkTrackForm(code: string, key: string): TrackErrors {
  const errors: TrackErrors = {};
  const normalised = normaliseCode(code);
  if (normalised === '') errors.code = 'track.errors.codeMissing';
  else if (normalised.length > 24 || !TRACKING_CODE.test(normalised)) errors.code = 'track.errors.codeFormat';
  if (key.trim() === '') errors.key = 'track.errors.keyMissing';
  return errors;
}
