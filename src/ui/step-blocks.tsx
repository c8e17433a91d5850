import type { TFunction } from 'i18next';
import { mediaUrl } from '../domain/cache-names.js';
import type { Block } from '../domain/content.js';
import { useTranslation } from '../i18n/use-translation.js';
import { InlineText } from './inline-text.js';

/** The blocks of one guide step, as elements. Used by the kiosk (and later the console's preview). */
export function StepBlocks({ blocks }: { blocks: readonly Block[] }) {
  const { t } = useTranslation();
  return <>{blocks.map((block, key) => renderBlock(block, key, t))}</>;
}

function renderBlock(block: Block, key: number, t: TFunction) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p key={key}>
          <InlineText content={block.content} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineText content={item} />
        </li>
      ));
      return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'image':
      return <img key={key} class="step-image" src={mediaUrl(block.media)} alt={block.alt} draggable={false} />;
    case 'note':
      return (
        <aside key={key} class={`note note-${block.kind}`}>
          <strong class="note-label">{t(block.kind === 'tip' ? 'guide.tip' : 'guide.warning')}</strong>{' '}
          <InlineText content={block.content} />
        </aside>
      );
  }
}
