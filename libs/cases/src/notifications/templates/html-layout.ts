import type { Block, Inline, Language } from './template-types';

// Inline styles only: mail clients drop <style> blocks and external assets.
const STYLE = {
  body: 'margin:0;padding:0;background-color:#f3f4f6;',
  card:
    'max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1f2937;' +
    'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.6;',
  p: 'margin:0 0 16px;',
  quote: 'margin:0 0 16px;padding:12px 16px;border-left:4px solid #9ca3af;background-color:#f9fafb;',
  note: 'margin:24px 0 0;padding-top:16px;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280;',
  link: 'color:#1d4ed8;text-decoration:underline;word-break:break-all;',
  strong: 'font-family:Consolas,Menlo,monospace;font-size:16px;letter-spacing:1px;',
} as const;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escapes user-written text and keeps its line breaks. */
const multiline = (value: string): string => escapeHtml(value).replace(/\r?\n/g, '<br>');

// Only web links become anchors; anything else (javascript:, data:) stays visible text.
const isWebLink = (href: string): boolean => /^https?:\/\//i.test(href);

function inline(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('strong' in part) return `<strong style="${STYLE.strong}">${escapeHtml(part.strong)}</strong>`;
  const href = escapeHtml(part.href);
  return isWebLink(part.href) ? `<a href="${href}" style="${STYLE.link}">${href}</a>` : href;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p style="${STYLE.p}">${b.parts.map(inline).join('')}</p>`;
    case 'quote':
      return `<blockquote style="${STYLE.quote}">${multiline(b.text)}</blockquote>`;
    case 'note':
      return `<p style="${STYLE.note}">${escapeHtml(b.text)}</p>`;
  }
}

/** A whole, valid HTML document around the blocks. */
export function htmlLayout(subject: string, language: Language, blocks: readonly Block[]): string {
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    `<body style="${STYLE.body}">`,
    `<div style="${STYLE.card}">`,
    ...blocks.map(block),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
