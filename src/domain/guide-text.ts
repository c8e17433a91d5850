import { type Block, type Inline, plainText, type Step } from './content.js';

function blockInlines(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
    case 'note':
      return [block.content];
    case 'list':
      return block.items;
    case 'image':
      return [[{ type: 'text', value: block.alt }]];
  }
}

/** A step as plain text, title first: what read-aloud speaks and what search indexes. */
export function stepText(step: Step): string {
  return [step.title, ...step.blocks.flatMap(blockInlines).map(plainText)].join('\n');
}

/** Every link in a step, once each, in reading order (the kiosk shows them as QR codes). */
export function stepLinks(step: Step): { url: string; text: string }[] {
  const found: { url: string; text: string }[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'link') {
        if (!found.some((l) => l.url === node.url)) found.push({ url: node.url, text: plainText(node.children) });
      } else if (node.type !== 'text') walk(node.children);
    }
  };
  for (const content of step.blocks.flatMap(blockInlines)) walk(content);
  return found;
}
