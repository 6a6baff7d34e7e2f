/** Why a data-rights request is refused, in domain terms; the filter maps it to HTTP at the edge. */
export type DataRightsFailure =
  | 'not_found'
  // Processing consent: withdraw the complaint while it runs (422), or ask for erasure once closed (422).
  | 'consent_needed_while_case_runs'
  | 'case_file_kept_by_law'
  // The consent is not (or no longer) given: nothing to withdraw (409).
  | 'consent_not_given'
  // The request is completed or refused already, or was answered once already (409).
  | 'request_closed';

export class DataRightsError extends Error {
  constructor(
    readonly code: DataRightsFailure,
    /** Extra fields of the answer (e.g. where to go instead). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DataRightsError';
  }
}
