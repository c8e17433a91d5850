import { useTranslation } from '../i18n/use-translation.js';
import type { Block } from '../domain/content.js';
import { mediaUrl } from '../domain/cache-names.js';
import { InlineText } from './inline-text.js';

/** The blocks of one guide step, as elements. Used by the kiosk (and later the console's preview). */
export function StepBlocks({ blocks }: { blocks: readonly Block[] }) {
  const { t } = useTranslation();
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <InlineText content={block.content} />
              </p>
            );
          case 'list': {
            const items = block.items.map((item, j) => (
              <li key={j}>
                <InlineText content={item} />
              </li>
            ));
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'image':
            return <img key={i} class="step-image" src={mediaUrl(block.media)} alt={block.alt} draggable={false} />;
          case 'note':
            return (
              <aside key={i} class={`note note-${block.kind}`}>
                <strong class="note-label">{t(block.kind === 'tip' ? 'guide.tip' : 'guide.warning')}</strong>{' '}
                <InlineText content={block.content} />
              </aside>
            );
        }
      })}
    </>
  );
}
