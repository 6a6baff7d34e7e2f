import i18next from 'i18next';

/** A field's errors as the api sends them (400): the messages are already in the caller's language. */
export interface FieldError {
  field: string;
  messages: string[];
}

export type ApiErrorKind =
  | 'validation' // 400: fix the fields
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409: someone else changed it, or not allowed now
  | 'gone' // 410: a link that has ended
  | 'rule' // 422: a rule of the law or the process
  | 'too_many' // 429
  | 'server' // 5xx
  | 'network'; // no answer at all

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly fieldErrors: FieldError[] = [],
    readonly body: unknown = undefined,
  ) {
    super(`${kind} (${status})`);
  }

  /** The api's machine-readable `error` (e.g. `idempotency_key_reused`), when it sent one. */
  get code(): string | undefined {
    const code = (this.body as { error?: unknown } | undefined)?.error;
    return typeof code === 'string' ? code : undefined;
  }
}

const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = {
  400: 'validation',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  422: 'rule',
  429: 'too_many',
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body, or FormData for uploads. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Calls `/api/v1{path}` in the current language; answers the parsed JSON or throws an ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const isForm = options.body instanceof FormData;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18next.language,
    ...(options.body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
    ...options.headers,
  };
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0);
  }
  const text = await response.text();
  const body: unknown = text === '' ? undefined : safeJson(text);
  if (response.ok) return body as T;
  throw new ApiError(kindOf(response.status), response.status, fieldErrorsOf(body), body);
}

/** The kind of failure an HTTP status means to the person using the page. */
export function kindOf(status: number): ApiErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'rule');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function fieldErrorsOf(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is FieldError =>
      typeof e === 'object' &&
      e !== null &&
      typeof (e as FieldError).field === 'string' &&
      Array.isArray((e as FieldError).messages),
  );
}
