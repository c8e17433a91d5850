import type { ComponentChildren } from 'preact';
import { mediaUrl } from '../domain/cache-names.js';
import type { Block, NoteKind } from '../domain/content.js';
import { InlineText, type RenderLink } from './inline-text.js';

export interface StepBlocksProps {
  blocks: readonly Block[];
  /** The words shown before a note ("Tip", "Warning") in the reader's language. */
  noteLabels: Record<NoteKind, string>;
  renderLink?: RenderLink;
  /** The guide's language is written right to left. */
  rtl?: boolean;
}

/**
 * The blocks of one guide step, as elements: shared by the kiosk, the take-away page (rendered on
 * the server) and, later, the console's preview, so all three show a guide the same way.
 */
export function StepBlocks({ blocks, noteLabels, renderLink, rtl = false }: StepBlocksProps) {
  const text = (content: Parameters<typeof InlineText>[0]['content']): ComponentChildren => (
    <InlineText content={content} renderLink={renderLink} rtl={rtl} />
  );
  return <>{blocks.map((block, key) => renderBlock(block, key, noteLabels, text))}</>;
}

function renderBlock(
  block: Block,
  key: number,
  labels: Record<NoteKind, string>,
  text: (content: Parameters<typeof InlineText>[0]['content']) => ComponentChildren,
) {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{text(block.content)}</p>;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{text(item)}</li>);
      return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'image':
      return <img key={key} class="step-image" src={mediaUrl(block.media)} alt={block.alt} draggable={false} />;
    case 'note':
      return (
        <aside key={key} class={`note note-${block.kind}`}>
          <strong class="note-label">{labels[block.kind]}</strong> {text(block.content)}
        </aside>
      );
  }
}
