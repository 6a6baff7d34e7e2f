import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { formatDateTime, formatDue } from '@app/cases';
import type { Language } from '../common/validation/messages';
import type { MyData } from './my-data';
import { type CodeKind, myDataCodeLabel } from './my-data-code-labels';
import { MY_DATA_LABELS } from './my-data-labels';

const MARGIN = 56; // 2 cm

// The built-in PDF fonts have no Vietnamese glyphs: embed DejaVu Sans (as the records do), read once.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

type Doc = PDFKit.PDFDocument;
type Value = string | number | Date | null | undefined | readonly string[];

function text(value: Value, language: Language): string {
  if (value === null || value === undefined || value === '') return MY_DATA_LABELS[language].none;
  if (value instanceof Date) return formatDateTime(value, language) ?? value.toISOString();
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : MY_DATA_LABELS[language].none;
  if (typeof value === 'number') return value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  return String(value);
}

/** Lays out the consumer's data on A4, section by section, in their language. */
export function renderMyDataPdf(data: MyData, language: Language): Promise<Buffer> {
  const l = MY_DATA_LABELS[language];
  const { regular, bold } = dejaVu();
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: language === 'vi' ? 'vi-VN' : 'en-GB',
    displayTitle: true,
    info: { Title: `${l.title} - ${data.trackingCode}`, Subject: data.trackingCode, CreationDate: data.generatedAt },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (title: string) => {
    doc.moveDown(0.8).font('bold').fontSize(13).text(title, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };
  const row = (label: string, value: Value) => {
    doc.font('bold').fontSize(10).text(`${label}: `, MARGIN, doc.y, { width, continued: true });
    doc.font('regular').text(text(value, language), { width });
    doc.moveDown(0.2);
  };
  const line = (value: string) => {
    doc.font('regular').fontSize(10).text(value, MARGIN, doc.y, { width });
    doc.moveDown(0.2);
  };

  // A legal period ends at 24:00 of its last day: said as that day, not the next one's 00:00.
  const due = (at: Date) => formatDue(at, language) ?? at.toISOString();
  // Codes (statuses, channels, groups, kinds…) in the consumer's words, never as stored.
  const word = (kind: CodeKind, code: string | null) => (code === null ? null : myDataCodeLabel(kind, code, language));
  const words = (kind: CodeKind, codes: readonly string[]) =>
    codes.map((code) => myDataCodeLabel(kind, code, language));

  doc.font('bold').fontSize(16).text(l.title, MARGIN, doc.y, { width, align: 'center' });
  doc.font('regular').fontSize(10).text(l.basis, { width, align: 'center' });
  doc.moveDown(0.5);
  row(l.trackingCode, data.trackingCode);
  row(l.generatedAt, data.generatedAt);

  heading(l.consumer);
  const p = data.consumer;
  row(l.fullName, p.fullName);
  row(l.email, p.email);
  row(l.phone, p.phone);
  row(l.address, p.address);
  row(l.commune, p.communeName ?? p.communeCode);
  row(l.language, word('language', p.language));
  row(l.vulnerableGroups, words('vulnerableGroup', p.vulnerableGroups));
  row(l.ethnicLanguage, p.ethnicLanguage);

  heading(l.consents);
  for (const c of data.consents) {
    const state = c.given ? l.given : c.withdrawnAt ? l.withdrawn : l.notGiven;
    const dates = [
      c.givenAt && text(c.givenAt, language),
      c.withdrawnAt && `${l.withdrawn}: ${text(c.withdrawnAt, language)}`,
    ]
      .filter(Boolean)
      .join('; ');
    row(l.consent[c.consent], `${state}${dates ? ` (${dates}; ${l.textVersion} ${c.textVersion})` : ''}`);
  }

  heading(l.case);
  const k = data.case;
  row(l.status, word('status', k.status));
  row(l.submittedAt, k.submittedAt);
  row(l.closedAt, k.closedAt);
  row(l.sector, k.sector);
  row(l.businessName, k.businessName);
  row(l.product, k.product);
  row(l.purchaseDate, k.purchaseDate);
  row(l.purchaseChannel, word('channel', k.purchaseChannel));
  row(l.amountVnd, k.amountVnd);
  row(l.description, k.description);
  row(l.desiredResolutions, words('resolution', k.desiredResolutions));
  row(l.businessContactedAt, k.businessContactedAt);
  row(l.businessContactAnswer, k.businessContactAnswer);
  row(l.outcome, word('outcome', k.outcome));
  row(l.amountRecoveredVnd, k.amountRecoveredVnd);
  row(l.rating, k.rating);
  row(l.ratingComment, k.ratingComment);
  if (k.erasureRequestedAt) row(l.erasureRequestedAt, k.erasureRequestedAt);

  heading(l.timeline);
  if (data.timeline.length === 0) line(l.none);
  for (const e of data.timeline) {
    const details = Object.entries(e.data)
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join('; ');
    line(
      `${text(e.at, language)} — ${word('event', e.action)} (${word('actor', e.actor)})${details ? ` — ${details}` : ''}`,
    );
  }

  heading(l.evidence);
  if (data.evidence.length === 0) line(l.none);
  for (const f of data.evidence) {
    line(`${f.fileName} — ${text(f.sizeBytes, language)} ${l.bytes} — ${text(f.uploadedAt, language)}`);
  }

  heading(l.emails);
  if (data.emails.length === 0) line(l.none);
  for (const m of data.emails) {
    line(`${text(m.createdAt, language)} — ${m.subject} — ${word('emailStatus', m.status)}`);
    if (m.body === null) line(`   ${l.bodyNotKept}`);
  }

  heading(l.requests);
  if (data.requests.length === 0) line(l.none);
  for (const r of data.requests) {
    line(
      `${text(r.receivedAt, language)} — ${word('requestKind', r.kind)} — ${word('requestStatus', r.status)}${r.text ? ` — ${r.text}` : ''}`,
    );
    line(`   ${l.answerDueAt}: ${due(r.answerDueAt)}; ${l.completeDueAt}: ${due(r.completeDueAt)}`);
    if (r.decision) {
      line(`   ${l.decision}: ${word('requestStatus', r.decision)}${r.reason ? `; ${l.reason}: ${r.reason}` : ''}`);
    }
  }

  doc.end();
  return done;
}
