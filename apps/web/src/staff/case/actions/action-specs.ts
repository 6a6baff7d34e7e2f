import {
  ART_54_2_REASONS,
  ART_56_3_BASES,
  NEGOTIATION_PARTIES,
  REFUSAL_GROUNDS,
  REFUSAL_OUTCOME_GROUNDS,
  RESOLVED_OUTCOMES,
} from '../vocabulary';

// One form per staff action, built from the action's body (apps/api/src/cases/dto/actions/*).

export type Values = Record<string, string | boolean | string[]>;

export type FieldSpec =
  | { name: string; kind: 'text'; required?: boolean; max: number; long?: boolean }
  | {
      name: string;
      kind: 'choice';
      /** The catalog group of the option labels: `staff.choice.<group>.<value>`. */
      group: string;
      options: readonly string[] | ((values: Values) => readonly string[]);
      required?: boolean;
    }
  | { name: string; kind: 'checkbox' }
  | { name: string; kind: 'amount'; showWhen?: (values: Values) => boolean; required?: boolean }
  | { name: string; kind: 'authority'; required: true }
  | { name: string; kind: 'documents' };

export interface ActionSpec {
  fields: readonly FieldSpec[];
  /** The body from the form's values, when it is not the fields as they are. */
  toBody?: (values: Values) => Record<string, unknown>;
  /** A check across fields: the field and the message's catalog key. */
  check?: (values: Values) => { field: string; key: string } | undefined;
  /** Shown with a warning colour: it ends the case or cannot be undone. */
  warning?: boolean;
}

const NOTE_MAX = 2000;
const TEXT_MAX = 5000;

export const ACTION_SPECS: Readonly<Record<string, ActionSpec>> = {
  accept: {
    fields: [{ name: 'barReason', kind: 'choice', group: 'barReason', options: ['none', ...ART_54_2_REASONS] }],
    toBody: (values) =>
      values.barReason && values.barReason !== 'none'
        ? { barredFromNegotiation: true, barReason: values.barReason }
        : {},
  },
  request_info: { fields: [{ name: 'question', kind: 'text', required: true, max: NOTE_MAX }] },
  refuse: {
    warning: true,
    fields: [
      { name: 'ground', kind: 'choice', group: 'ground', options: REFUSAL_GROUNDS, required: true },
      {
        name: 'outcomeCode',
        kind: 'choice',
        group: 'refusalOutcome',
        options: (values) =>
          Object.keys(REFUSAL_OUTCOME_GROUNDS).filter(
            (code) => !values.ground || REFUSAL_OUTCOME_GROUNDS[code].includes(values.ground as string),
          ),
      },
      { name: 'note', kind: 'text', max: NOTE_MAX },
    ],
    check: (values) =>
      values.outcomeCode &&
      values.ground &&
      !REFUSAL_OUTCOME_GROUNDS[values.outcomeCode as string]?.includes(values.ground as string)
        ? { field: 'outcomeCode', key: 'staff.action.refuse.outcomeContradicts' }
        : undefined,
  },
  transfer: {
    warning: true,
    fields: [
      { name: 'authorityId', kind: 'authority', required: true },
      { name: 'reason', kind: 'text', max: NOTE_MAX },
    ],
  },
  bar: {
    warning: true,
    fields: [
      { name: 'barReason', kind: 'choice', group: 'barReason', options: ART_54_2_REASONS, required: true },
      { name: 'note', kind: 'text', max: NOTE_MAX },
    ],
  },
  resolve_by_advice: {
    warning: true,
    fields: [{ name: 'adviceSummary', kind: 'text', required: true, max: TEXT_MAX, long: true }],
  },
  forward_to_business: {
    fields: [{ name: 'basis', kind: 'choice', group: 'basis', options: ART_56_3_BASES, required: true }],
  },
  settle: {
    warning: true,
    fields: [
      { name: 'outcomeCode', kind: 'choice', group: 'resolvedOutcome', options: RESOLVED_OUTCOMES, required: true },
      {
        name: 'amountRecoveredVnd',
        kind: 'amount',
        required: true,
        showWhen: (values) => values.outcomeCode === 'monetary_relief',
      },
      { name: 'summary', kind: 'text', max: TEXT_MAX, long: true },
    ],
  },
  record_negotiation_request: {
    fields: [
      { name: 'requestedBy', kind: 'choice', group: 'party', options: NEGOTIATION_PARTIES, required: true },
      { name: 'confidential', kind: 'checkbox' },
      { name: 'paused', kind: 'checkbox' },
      { name: 'reason', kind: 'text', required: true, max: NOTE_MAX },
    ],
    check: (values) =>
      values.confidential || values.paused ? undefined : { field: 'confidential', key: 'staff.action.pickOne' },
  },
  lift_negotiation_request: {
    fields: [
      { name: 'confidential', kind: 'checkbox' },
      { name: 'paused', kind: 'checkbox' },
      { name: 'reason', kind: 'text', max: NOTE_MAX },
    ],
    check: (values) =>
      values.confidential || values.paused ? undefined : { field: 'confidential', key: 'staff.action.pickOne' },
  },
  accept_mediation: { fields: [{ name: 'documentIds', kind: 'documents' }] },
  reopen: { fields: [{ name: 'reason', kind: 'text', required: true, max: NOTE_MAX }] },
};

/** Actions whose form lives elsewhere: the mediation result is recorded in the mediation panel (H4). */
export const ACTIONS_ELSEWHERE: readonly string[] = ['record_mediation_result'];

/** The request body: the version seen and the form's values as the action takes them. */
export function bodyOf(action: string, values: Values, version: number): Record<string, unknown> {
  const spec = ACTION_SPECS[action];
  if (!spec) return { version };
  if (spec.toBody) return { version, ...spec.toBody(values) };
  const body: Record<string, unknown> = { version };
  for (const field of spec.fields) {
    const value = values[field.name];
    if (field.kind === 'amount') {
      if (field.showWhen && !field.showWhen(values)) continue;
      const digits = typeof value === 'string' ? value.replace(/[^\d]/g, '') : '';
      if (digits !== '') body[field.name] = Number(digits);
    } else if (field.kind === 'checkbox') {
      if (value === true) body[field.name] = true;
    } else if (field.kind === 'documents') {
      if (Array.isArray(value) && value.length > 0) body[field.name] = value;
    } else if (typeof value === 'string' && value.trim() !== '') {
      body[field.name] = value.trim();
    }
  }
  return body;
}

/** The fields left empty that the action needs, and the cross-field check: [field, catalog key]. */
export function missingOf(action: string, values: Values): { field: string; key: string }[] {
  const spec = ACTION_SPECS[action];
  if (!spec) return [];
  const missing = spec.fields
    .filter((field) => 'required' in field && field.required)
    .filter((field) => !(field.kind === 'amount' && field.showWhen && !field.showWhen(values)))
    .filter((field) => {
      const value = values[field.name];
      return typeof value !== 'string' || value.trim() === '';
    })
    .map((field) => ({ field: field.name, key: `staff.action.${action}.field.${field.name}.missing` }));
  const cross = spec.check?.(values);
  return cross && missing.length === 0 ? [cross] : missing;
}
