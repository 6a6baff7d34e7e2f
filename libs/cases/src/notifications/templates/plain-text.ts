import type { Block, Inline } from './template-types';

const inline = (part: Inline): string => (typeof part === 'string' ? part : 'strong' in part ? part.strong : part.href);

function block(b: Block): string {
  switch (b.kind) {
    case 'p':
      return b.parts.map(inline).join('');
    case 'quote':
      return b.text;
    case 'note':
      // The usual signature separator, so mail clients can fold the small print.
      return `-- \n${b.text}`;
  }
}

/** The plain-text body: one blank line between blocks. */
export function plainText(blocks: readonly Block[]): string {
  return `${blocks.map(block).join('\n\n')}\n`;
}
