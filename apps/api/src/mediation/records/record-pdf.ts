import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { SigningParty } from '@app/domain';
import { placeAndDate } from './record-format';

/** One line of a record: a Vietnamese label and its value. */
export interface RecordRow {
  label: string;
  value: string;
}

/** Who signs at the foot of the record, and how (e.g. "(Ký tên hoặc điểm chỉ)"). */
export interface SignatureBlock {
  title: string;
  note: string;
  name: string;
  /** The signatory this block is for, when staff can mark them as having signed (Arts 60, 65.3). */
  party?: SigningParty;
  /** "Đã ký ngày 20/11/2026": marked signed, the signed scan kept with the case. */
  signed?: string;
}

/** A statutory record, ready to print: what the renderer lays out, nothing else. */
export interface RecordDocument {
  title: string;
  /** The body that drew it up (top left). */
  organisation: string;
  trackingCode: string;
  /** The legal basis, printed under the title. */
  basis: string;
  /** When the record was drawn up: the printed date and the PDF's dates, so output is repeatable. */
  date: Date;
  rows: RecordRow[];
  signatures: SignatureBlock[];
  /** Art 65.3: the organisation's confirmation and seal, when it has a seal. */
  seal?: SignatureBlock;
}

const NATIONAL_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const MARGIN = 56; // 2 cm
const GAP = 12;

// The built-in PDF fonts (Helvetica…) have no Vietnamese glyphs: embed DejaVu Sans, read once.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

type Doc = PDFKit.PDFDocument;

/** Two columns: the organisation on the left (2/5), the national heading and the date on the right. */
function heading(doc: Doc, record: RecordDocument): void {
  const full = doc.page.width - 2 * MARGIN - GAP;
  const left = { width: full * 0.4, align: 'center' as const };
  const right = { width: full * 0.6, align: 'center' as const };
  const rightX = MARGIN + left.width + GAP;
  const top = doc.y;
  doc.font('bold').fontSize(11).text(record.organisation, MARGIN, top, left);
  const leftBottom = doc.y;
  doc.text(NATIONAL_HEADING, rightX, top, right);
  doc.text(MOTTO, rightX, doc.y, { ...right, underline: true });
  doc.moveDown(0.5).font('regular').fontSize(10).text(placeAndDate(record.date), rightX, doc.y, right);
  doc.x = MARGIN;
  doc.y = Math.max(leftBottom, doc.y) + 24;
}

function body(doc: Doc, record: RecordDocument): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(15).text(record.title, MARGIN, doc.y, { width, align: 'center' });
  doc.font('regular').fontSize(10).text(`Mã hồ sơ: ${record.trackingCode}`, { width, align: 'center' });
  doc.moveDown(0.5).text(record.basis, { width, align: 'center' });
  doc.moveDown(1.5).fontSize(11);
  for (const row of record.rows) {
    doc.font('bold').text(`${row.label}: `, { width, continued: true });
    doc.font('regular').text(row.value, { width });
    doc.moveDown(0.4);
  }
}

/** Signature blocks side by side (and the seal, when there is one, on a row of its own). */
function signatures(doc: Doc, blocks: SignatureBlock[]): void {
  const width = (doc.page.width - 2 * MARGIN - GAP * (blocks.length - 1)) / blocks.length;
  const height = 130;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const top = doc.y;
  blocks.forEach((block, i) => {
    const x = MARGIN + i * (width + GAP);
    doc.font('bold').fontSize(10).text(block.title, x, top, { width, align: 'center' });
    doc.font('regular').fontSize(9).text(block.note, x, doc.y, { width, align: 'center' });
    // Marked signed (the scan is kept with the case): said between the note and the name.
    if (block.signed) {
      doc
        .font('bold')
        .fontSize(9)
        .text(block.signed, x, top + height / 2, { width, align: 'center' });
    }
    doc
      .font('bold')
      .fontSize(10)
      .text(block.name, x, top + height - 20, { width, align: 'center' });
  });
  doc.x = MARGIN;
  doc.y = top + height + GAP;
}

/** Lays out a record on A4 with an embedded Unicode font; the same record gives the same bytes. */
export function renderRecordPdf(record: RecordDocument): Promise<Buffer> {
  const { regular, bold } = dejaVu();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${record.title} - ${record.trackingCode}`,
      Author: record.organisation,
      Subject: record.trackingCode,
      CreationDate: record.date,
      ModDate: record.date,
    },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  heading(doc, record);
  body(doc, record);
  doc.moveDown(1.5);
  signatures(doc, record.signatures);
  if (record.seal) signatures(doc, [record.seal]);
  doc.end();
  return done;
}
