import { contentWidth, type Doc, ensureSpace, MARGIN } from './pdf-layout';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const BAR = '#2f5597';
const AXIS = '#374151';
const GRID = '#d1d5db';

/**
 * The axis maximum for four ticks of a round whole step (1, 2, 2.5 or 5 × 10^n) reaching `max`: counts
 * read as whole numbers on every tick.
 */
export function axisMax(max: number): number {
  const raw = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  return Math.max(1, Math.ceil(step)) * 4;
}

/**
 * Vertical bars (e.g. one per month) drawn with vector shapes: a y axis with four ticks and its
 * title, each bar's value written above it and its label below, so that the chart reads in print
 * and through text extraction.
 */
export function verticalBarChart(
  doc: Doc,
  chart: { title: string; yAxis: string; xAxis: string; bars: readonly Bar[]; format: (n: number) => string },
): void {
  const height = 150;
  ensureSpace(doc, height + 70);
  doc
    .font('bold')
    .fontSize(10)
    .text(chart.title, MARGIN, doc.y, { width: contentWidth(doc) });
  const top = doc.y + 18;
  const left = MARGIN + 44;
  const width = contentWidth(doc) - 44;
  const base = top + height;
  const max = axisMax(Math.max(0, ...chart.bars.map((b) => b.value)));
  doc.font('regular').fontSize(7);
  // The y axis: its title above, four ticks with gridlines.
  doc.fillColor(AXIS).text(chart.yAxis, MARGIN, top - 12, { width: 120 });
  for (let i = 0; i <= 4; i += 1) {
    const y = base - (height * i) / 4;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.4)
      .strokeColor(i === 0 ? AXIS : GRID)
      .stroke();
    doc.text(chart.format((max * i) / 4), MARGIN, y - 4, { width: 40, align: 'right' });
  }
  doc.moveTo(left, top).lineTo(left, base).lineWidth(0.8).strokeColor(AXIS).stroke();
  const slot = width / Math.max(1, chart.bars.length);
  const barWidth = Math.min(28, slot * 0.6);
  chart.bars.forEach((bar, i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    const h = (height * bar.value) / max;
    if (h > 0) doc.rect(x, base - h, barWidth, h).fill(BAR);
    doc
      .fillColor(AXIS)
      .fontSize(7)
      .text(chart.format(bar.value), left + slot * i, base - h - 10, { width: slot, align: 'center' });
    doc.text(bar.label, left + slot * i, base + 3, { width: slot, align: 'center' });
  });
  doc.text(chart.xAxis, left, base + 16, { width, align: 'center' });
  doc.x = MARGIN;
  doc.y = base + 30;
}

/**
 * Horizontal bars (e.g. one per sector, largest first): the label to the left, the value written at
 * the end of the bar, and the x axis with its title and ticks below.
 */
export function horizontalBarChart(
  doc: Doc,
  chart: { title: string; xAxis: string; bars: readonly Bar[]; format: (n: number) => string },
): void {
  const rowHeight = 15;
  const labelWidth = 170;
  const height = rowHeight * Math.max(1, chart.bars.length);
  ensureSpace(doc, height + 60);
  doc
    .font('bold')
    .fontSize(10)
    .text(chart.title, MARGIN, doc.y, { width: contentWidth(doc) });
  const top = doc.y + 6;
  const left = MARGIN + labelWidth + 6;
  const width = contentWidth(doc) - labelWidth - 6 - 40;
  const max = axisMax(Math.max(0, ...chart.bars.map((b) => b.value)));
  doc.font('regular').fontSize(7.5);
  chart.bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    doc
      .fillColor(AXIS)
      .text(bar.label, MARGIN, y + 3, { width: labelWidth, align: 'right', lineBreak: false, ellipsis: true });
    const w = (width * bar.value) / max;
    if (w > 0) doc.rect(left, y + 2, w, rowHeight - 4).fill(BAR);
    doc.fillColor(AXIS).text(chart.format(bar.value), left + w + 3, y + 3, { width: 40, lineBreak: false });
  });
  const base = top + height;
  doc
    .moveTo(left, top)
    .lineTo(left, base)
    .lineTo(left + width, base)
    .lineWidth(0.8)
    .strokeColor(AXIS)
    .stroke();
  doc.fontSize(7);
  for (let i = 0; i <= 4; i += 1) {
    const x = left + (width * i) / 4;
    doc
      .moveTo(x, base)
      .lineTo(x, base + 3)
      .stroke();
    doc.text(chart.format((max * i) / 4), x - 20, base + 4, { width: 40, align: 'center' });
  }
  doc.text(chart.xAxis, left, base + 14, { width, align: 'center' });
  doc.x = MARGIN;
  doc.y = base + 28;
}
