import type { Heading, Paragraph, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type GuideBlock, type GuideDoc, unescapeLineStarts } from './guide-blocks.js';

/** A text the block editor cannot show as blocks (the server's parser names the rule it breaks). */
export class GuideBlocksError extends Error {}

const NOTE_MARKER = /^\[!(TIP|WARNING)\][ \t]*/;

/**
 * Reads a guide's restricted Markdown into the editor's blocks (see guide-blocks.ts), with a real
 * Markdown parser. Each field keeps the text as written between the block's marks (inline
 * `**bold**` and links stay), so writing it back gives the same Markdown. This only reads shapes;
 * whether a text may be published stays the server's one rule (markdown-guide.ts).
 */
export function parseGuideBlocks(markdown: string): GuideDoc {
  const tree = fromMarkdown(markdown);
  const source = (node: Located) => markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const fieldOf = (node: Paragraph) => unescapeLineStarts(withoutContainers(source(node)));
  const rawOf = (node: Paragraph) => withoutContainers(source(node));

  const doc: GuideDoc = { title: '', summary: '', steps: [] };
  const summary: string[] = [];
  for (const node of tree.children) {
    const step = doc.steps.at(-1);
    if (node.type === 'heading' && node.depth === 1 && !doc.title && !step) {
      doc.title = headingText(node, source);
    } else if (node.type === 'heading' && node.depth === 2) {
      doc.steps.push({ title: headingText(node, source), blocks: [] });
    } else if (!step && node.type === 'paragraph') {
      summary.push(fieldOf(node));
    } else if (step) {
      step.blocks.push(blockOf(node, { fieldOf, rawOf, source }));
    } else {
      fail(node, `${node.type} before the first step`);
    }
  }
  doc.summary = summary.join('\n\n');
  return doc;
}

interface Readers {
  /** A paragraph's text as an editor's field holds it. */
  fieldOf: (p: Paragraph) => string;
  /** The same before its line starts are unescaped (a note's marker comes first). */
  rawOf: (p: Paragraph) => string;
  source: (n: Located) => string;
}

function blockOf(node: RootContent, { fieldOf, rawOf, source }: Readers): GuideBlock {
  switch (node.type) {
    case 'paragraph': {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'image') return { kind: 'image', src: only.url, alt: only.alt ?? '' };
      if (only?.type === 'link') {
        const [first, last] = [only.children[0], only.children.at(-1)];
        const label = first && last ? sliceBetween(source(only), only, first, last) : '';
        return { kind: 'link', label: unescapeLineStarts(label), url: only.url };
      }
      return { kind: 'text', text: fieldOf(node) };
    }
    case 'list':
      return {
        kind: 'list',
        ordered: node.ordered === true,
        items: node.children.map((item) => {
          const [only, ...more] = item.children;
          if (only?.type !== 'paragraph' || more.length > 0) fail(item, 'a list item holds one line of text');
          return fieldOf(only).replace(/\n/g, ' ');
        }),
      };
    case 'blockquote': {
      const paragraphs = node.children.map((child) => {
        if (child.type !== 'paragraph') fail(child, `${child.type} inside a note`);
        return rawOf(child);
      });
      const text = paragraphs.join('\n');
      const marker = NOTE_MARKER.exec(text);
      if (!marker) fail(node, 'a note starts with [!TIP] or [!WARNING]');
      const kind = marker[1] === 'TIP' ? 'tip' : 'warning';
      return { kind, text: unescapeLineStarts(text.slice(marker[0].length).replace(/^\n/, '')) };
    }
    default:
      fail(node, `${node.type} in a step`);
  }
}

/** A heading's text as written, between `## ` and the line's end. */
function headingText(node: Heading, source: (n: Located) => string): string {
  const [first, last] = [node.children[0], node.children.at(-1)];
  return first && last ? unescapeLineStarts(sliceBetween(source(node), node, first, last)) : '';
}

type Located = { position?: { start: { offset?: number; line?: number }; end: { offset?: number } } };

/** The part of `text` (the source of `outer`) from the start of `first` to the end of `last`. */
function sliceBetween(text: string, outer: Located, first: Located, last: Located): string {
  const base = outer.position?.start.offset ?? 0;
  return text.slice((first.position?.start.offset ?? base) - base, (last.position?.end.offset ?? base) - base);
}

/** A paragraph's later lines carry their quote's `>` and their list item's indent; the field does not. */
function withoutContainers(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => (i === 0 ? line : line.replace(/^[ \t]*(?:>[ \t]?)?[ \t]*/, '')).trimEnd())
    .join('\n');
}

function fail(node: Located, message: string): never {
  const line = node.position?.start.line;
  throw new GuideBlocksError(line ? `line ${line}: ${message}` : message);
}
