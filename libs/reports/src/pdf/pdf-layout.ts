import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 42; // 1.5 cm
const INK = '#1f2937';
const RULE = '#9ca3af';
const HEADER_FILL = '#dbe4f3';

// The built-in PDF fonts (Helvetica…) have no Vietnamese glyphs: embed DejaVu Sans, read once.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** An A4 document with the Vietnamese fonts registered as `regular` and `bold`; resolves to its bytes at `end()`. */
export function newDocument(info: { title: string; author: string; date: Date }): { doc: Doc; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'vi-VN',
    displayTitle: true,
    bufferPages: true,
    info: { Title: info.title, Author: info.author, CreationDate: info.date, ModDate: info.date },
  });
  const { regular, bold } = dejaVu();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular').fillColor(INK);
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

export const contentWidth = (doc: Doc): number => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc): number => doc.page.height - MARGIN;

/** A new page unless `height` more points fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** A numbered section heading, kept with at least `keep` points of what follows. */
export function section(doc: Doc, title: string, keep = 80): void {
  ensureSpace(doc, keep + 30);
  doc.moveDown(0.8);
  doc
    .font('bold')
    .fontSize(12)
    .text(title, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4).font('regular').fontSize(9.5);
}

export function paragraph(doc: Doc, text: string, size = 9.5): void {
  ensureSpace(doc, 24);
  doc
    .font('regular')
    .fontSize(size)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
}

/** "label: value" lines, the label bold. */
export function keyValues(doc: Doc, pairs: readonly [string, string][]): void {
  const width = contentWidth(doc);
  for (const [label, value] of pairs) {
    ensureSpace(doc, 14);
    doc.font('bold').fontSize(9.5).text(`${label}: `, MARGIN, doc.y, { width, continued: true });
    doc.font('regular').text(value, { width });
  }
}

export interface TableColumn {
  readonly header: string;
  /** Share of the content width. */
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

/**
 * A ruled table that continues on the next page with its header repeated. `boldLast` sets the last
 * row (the totals) in bold.
 */
export function table(
  doc: Doc,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  { fontSize = 7.5, boldLast = false }: { fontSize?: number; boldLast?: boolean } = {},
): void {
  const full = contentWidth(doc);
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * full);
  const pad = 3;
  const heightOf = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad
    );
  };
  const draw = (cells: readonly string[], font: string, fill?: string) => {
    const height = heightOf(cells, font);
    const top = doc.y;
    if (fill) doc.rect(MARGIN, top, full, height).fill(fill).fillColor(INK);
    let x = MARGIN;
    doc.font(font).fontSize(fontSize);
    cells.forEach((cell, i) => {
      doc.text(cell, x + pad, top + pad, { width: widths[i] - 2 * pad, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + full, top + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const header = columns.map((c) => c.header);
  ensureSpace(doc, heightOf(header, 'bold') + heightOf(rows[0] ?? [''], 'regular'));
  draw(header, 'bold', HEADER_FILL);
  rows.forEach((row, i) => {
    const font = boldLast && i === rows.length - 1 ? 'bold' : 'regular';
    if (doc.y + heightOf(row, font) > bottom(doc)) {
      doc.addPage();
      draw(header, 'bold', HEADER_FILL);
    }
    draw(row, font);
  });
  doc.moveDown(0.5);
}

/** "Trang 2/7" at the foot of every page (pages are buffered until the end). */
export function pageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 12;
    // Writing below the bottom margin would add a page: lift the margin for this line.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8)
      .text(`Trang ${i + 1}/${range.count}`, MARGIN, y, { width: contentWidth(doc), align: 'center' });
    doc.page.margins.bottom = margin;
  }
}
