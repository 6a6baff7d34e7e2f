import type { Block, Inline, TemplateData } from './template-types';

export function present(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export const p = (...parts: Inline[]): Block => ({ kind: 'p', parts });

export const link = (href: string): Inline => ({ href });

export const strong = (text: string): Inline => ({ strong: text });

/** User-written text (a question, a message) shown as written; nothing when empty. */
export const quote = (text: string | undefined): Block | undefined =>
  present(text) ? { kind: 'quote', text: text.trim() } : undefined;

/** The block built from `value`, or nothing when it is missing: a sentence never shows "undefined". */
export function ifSet<T>(value: T | undefined | null, build: (value: T) => Block | undefined): Block | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && !present(value)) return undefined;
  return build(value);
}

export const subject = (d: TemplateData, title: string): string => `[${d.trackingCode}] ${title}`;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
