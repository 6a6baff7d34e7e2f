/**
 * A long category name in lines of about `width` characters, split at plain spaces only (a no-break
 * space keeps "(< 5)" whole); chart.js draws an array as lines.
 */
export function wrapLabel(text: string, width = 22): string | string[] {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
