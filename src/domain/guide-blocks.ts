/**
 * A guide as the console's editor holds it: title, summary and steps of blocks, each block a plain
 * text field (or an item list, an image, a link). Markdown stays the storage and pack format; this
 * module writes it, guide-blocks-parse.ts reads it (that one pulls in the Markdown parser, so the
 * console loads it only when the editor opens).
 *
 * A block's text is the inline part of the restricted Markdown (`**bold**`, `*emphasis*`,
 * `[text](https://…)` stay as written); everything that makes a block (`## `, `> [!TIP]`, `- `,
 * `1. `, `![…](…)`) is written here, never typed by an editor. Where a text line would start a
 * block of its own, a backslash keeps it text (and the parser takes the backslash away again).
 */

export type BlockKind = 'text' | 'list' | 'image' | 'tip' | 'warning' | 'link';

export type GuideBlock =
  | { kind: 'text'; text: string }
  /** One item per line; items are single lines. */
  | { kind: 'list'; ordered: boolean; items: string[] }
  /** `src` is the path in the Markdown (`media/printer.svg`). */
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'tip'; text: string }
  | { kind: 'warning'; text: string }
  /** A paragraph that is only a link; the kiosk shows it as text and a QR code. */
  | { kind: 'link'; label: string; url: string };

export interface GuideStep {
  title: string;
  blocks: GuideBlock[];
}

export interface GuideDoc {
  title: string;
  /** Paragraphs separated by a blank line (the seed has one). */
  summary: string;
  steps: GuideStep[];
}

export const BLOCK_KINDS: readonly BlockKind[] = ['text', 'list', 'image', 'tip', 'warning', 'link'];

/** A new, empty block of a kind. */
export function emptyBlock(kind: BlockKind): GuideBlock {
  switch (kind) {
    case 'text':
    case 'tip':
    case 'warning':
      return { kind, text: '' };
    case 'list':
      return { kind, ordered: false, items: [] };
    case 'image':
      return { kind, src: '', alt: '' };
    case 'link':
      return { kind, label: '', url: '' };
  }
}

/** The same steps and blocks with every text emptied: a translation's start, aligned to the source. */
export function blankCopy(step: GuideStep): GuideStep {
  return {
    title: '',
    blocks: step.blocks.map((b) =>
      b.kind === 'list'
        ? { kind: 'list', ordered: b.ordered, items: b.items.map(() => '') }
        : b.kind === 'image'
          ? { kind: 'image', src: b.src, alt: '' }
          : b.kind === 'link'
            ? { kind: 'link', label: '', url: b.url }
            : emptyBlock(b.kind),
    ),
  };
}

/** True when an editor has written nothing in the block (it is left out of the Markdown). */
export function isEmptyBlock(block: GuideBlock): boolean {
  switch (block.kind) {
    case 'list':
      return block.items.every((i) => !i.trim());
    case 'image':
      return !block.src.trim();
    case 'link':
      return !block.url.trim();
    default:
      return !block.text.trim();
  }
}

/**
 * Writes the guide as the restricted Markdown the server checks and stores. Empty blocks are left
 * out; lines in a field are kept (without blank ones, which would split the block).
 */
export function serialiseGuide(doc: GuideDoc): string {
  const parts = [`# ${oneLine(doc.title)}`];
  const summary = doc.summary
    .split(/\n[ \t]*\n/)
    .map(textLines)
    .filter(Boolean);
  parts.push(...summary);
  for (const step of doc.steps) {
    parts.push(`## ${oneLine(step.title)}`);
    let previous: GuideBlock | undefined;
    let otherMarker = false;
    for (const block of step.blocks) {
      if (isEmptyBlock(block)) continue;
      // A list right after one of the same sort would join it; the other marker keeps them apart.
      otherMarker =
        block.kind === 'list' && previous?.kind === 'list' && previous.ordered === block.ordered && !otherMarker;
      parts.push(blockMarkdown(block, otherMarker));
      previous = block;
    }
  }
  return `${parts.join('\n\n')}\n`;
}

function blockMarkdown(block: GuideBlock, otherMarker: boolean): string {
  switch (block.kind) {
    case 'text':
      return textLines(block.text);
    case 'tip':
    case 'warning': {
      const marker = block.kind === 'tip' ? '[!TIP]' : '[!WARNING]';
      return `> ${marker} ${textLines(block.text).split('\n').join('\n> ')}`;
    }
    case 'list': {
      const joins = otherMarker;
      const items = block.items.map(oneLine).filter(Boolean);
      return items
        .map((item, i) => (block.ordered ? `${i + 1}${joins ? ')' : '.'} ` : joins ? '* ' : '- ') + item)
        .join('\n');
    }
    case 'image':
      return `![${oneLine(block.alt)}](${block.src.trim()})`;
    case 'link':
      return `[${oneLine(block.label) || block.url.trim()}](${block.url.trim()})`;
  }
}

/** A field's lines, trimmed, without blank ones, each kept from starting a block. */
function textLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeLineStart(line.trim()))
    .filter(Boolean)
    .join('\n');
}

/** A title or list item: one line. */
function oneLine(text: string): string {
  return escapeLineStart(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** A line starting like a heading, quote, list item, rule or underline gets a backslash. */
const BLOCK_START = /^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$))|[-*_=](?=[-*_= \t]*$))/;
const ESCAPED_START = /^(?:\\([#>+*=_-])|(\d{1,9})\\([.)]))/;

function escapeLineStart(line: string): string {
  const match = BLOCK_START.exec(line);
  if (!match) return line;
  return /^\d/.test(match[0]) ? `${match[0]}\\${line.slice(match[0].length)}` : `\\${line}`;
}

/** Undoes escapeLineStart on each line of a field read back from Markdown. */
export function unescapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(ESCAPED_START, (_all, mark: string | undefined, digits: string, dot: string) =>
        mark ? mark : `${digits}${dot}`,
      ),
    )
    .join('\n');
}
