import type { BlockContent, DefinitionContent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type Block, type Inline, type NoteKind, plainText, type Step } from '../../domain/content.js';
import { checkGuideLimits } from './markdown-limits.js';

/** A problem in a guide's Markdown, with the line it is on. */
export class GuideSyntaxError extends Error {}

export interface ParsedGuide {
  title: string;
  summary: string;
  steps: Step[];
}

/** Maps an image's path in the Markdown to the media hash it is stored under. */
export type ResolveImage = (path: string) => string;

const NOTE_MARKERS: Record<string, NoteKind> = { '[!TIP]': 'tip', '[!WARNING]': 'warning' };

/**
 * Parses a guide written in the restricted Markdown subset into structured steps:
 * `# Title`, a summary paragraph, then one `## Step` heading per step holding paragraphs, lists,
 * images and `> [!TIP]` / `> [!WARNING]` notes. Anything else (HTML, code, tables, deeper
 * headings) is refused, so nothing the kiosk cannot render safely gets in. Shapes that would cost
 * the parser time out of all proportion to their size are refused before parsing (markdown-limits.ts).
 * Servers call this through the worker pool (guide-text-pool.ts), never on the event loop.
 */
export function parseGuideMarkdown(markdown: string, resolveImage: ResolveImage): ParsedGuide {
  const limit = checkGuideLimits(markdown);
  if (limit) throw new GuideSyntaxError(`line ${limit.line}: ${limit.message}`);
  const tree = fromMarkdown(markdown);
  let title = '';
  const summary: string[] = [];
  const steps: Step[] = [];

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1 && !title && steps.length === 0) {
      title = plainText(inlines(node.children));
    } else if (node.type === 'heading' && node.depth === 2) {
      steps.push({ title: plainText(inlines(node.children)), blocks: [] });
    } else if (steps.length === 0 && node.type === 'paragraph' && title) {
      summary.push(plainText(inlines(node.children)));
    } else {
      const step = steps.at(-1);
      if (!step) fail(node, 'text before the first "## " step must be the "# " title and a summary paragraph');
      step.blocks.push(block(node, resolveImage));
    }
  }
  if (!title) throw new GuideSyntaxError('the guide has no "# " title');
  if (steps.length === 0) throw new GuideSyntaxError('the guide has no "## " steps');
  const empty = steps.find((s) => s.blocks.length === 0);
  if (empty) throw new GuideSyntaxError(`step "${empty.title}" has no text`);
  return { title, summary: summary.join(' '), steps };
}

function block(node: RootContent, resolveImage: ResolveImage): Block {
  switch (node.type) {
    case 'paragraph': {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'image') {
        return { type: 'image', media: resolveImage(only.url), alt: only.alt ?? '' };
      }
      return { type: 'paragraph', content: inlines(node.children) };
    }
    case 'list':
      return {
        type: 'list',
        ordered: node.ordered === true,
        items: node.children.map((item) => item.children.flatMap((c) => paragraphInlines(c))),
      };
    case 'blockquote':
      return note(node.children, node);
    default:
      fail(node, `${node.type} is not allowed in a guide`);
  }
}

function note(children: (BlockContent | DefinitionContent)[], at: RootContent): Block {
  const [first, ...rest] = children;
  const content = first ? paragraphInlines(first) : [];
  const lead = content[0];
  const marker = lead?.type === 'text' ? lead.value.match(/^\[![A-Z]+\]/)?.[0] : undefined;
  const kind = marker ? NOTE_MARKERS[marker] : undefined;
  if (lead?.type !== 'text' || !marker || !kind) {
    fail(at, 'a quote must start with [!TIP] or [!WARNING]');
  }
  const text = lead.value.slice(marker.length).trimStart();
  const body = [...(text ? [{ type: 'text' as const, value: text }] : []), ...content.slice(1)];
  for (const more of rest) body.push({ type: 'text', value: ' ' }, ...paragraphInlines(more));
  return { type: 'note', kind, content: body };
}

function paragraphInlines(node: BlockContent | DefinitionContent): Inline[] {
  if (node.type !== 'paragraph') fail(node, `${node.type} is not allowed here; write a plain paragraph`);
  return inlines(node.children);
}

function inlines(nodes: PhrasingContent[]): Inline[] {
  return nodes.map(inline);
}

function inline(node: PhrasingContent): Inline {
  switch (node.type) {
    case 'text':
      return { type: 'text', value: node.value.replace(/(?<!\s)\s*\n\s*/g, ' ') };
    case 'inlineCode':
      return { type: 'text', value: node.value };
    case 'break':
      return { type: 'text', value: ' ' };
    case 'strong':
      return { type: 'strong', children: inlines(node.children) };
    case 'emphasis':
      return { type: 'emphasis', children: inlines(node.children) };
    case 'link':
      if (!/^https:\/\//.test(node.url)) fail(node, `links must be https:// addresses (got "${node.url}")`);
      return { type: 'link', url: node.url, children: inlines(node.children) };
    default:
      fail(node, `${node.type} is not allowed in guide text`);
  }
}

function fail(node: { position?: { start: { line: number } } }, message: string): never {
  const line = node.position?.start.line;
  throw new GuideSyntaxError(line ? `line ${line}: ${message}` : message);
}
