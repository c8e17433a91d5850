import type { GuideBlock } from '../../domain/guide-blocks.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { kindLabel } from './block-field.js';

/** A Swedish block beside the field that translates it: read-only, as written, with its kind. */
export function SourceBlock({ block }: { block: GuideBlock | undefined }) {
  const { t } = useTranslation();
  if (!block) return <div class="source-block" />;
  return (
    <div class={`source-block block-${block.kind}`}>
      <span class="source-kind">{kindLabel(t, block.kind)}</span>
      <div lang="sv" class="source-text">
        {block.kind === 'list' ? (
          <ul>
            {block.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : block.kind === 'image' ? (
          `${block.alt} (${block.src})`
        ) : block.kind === 'link' ? (
          `${block.label} (${block.url})`
        ) : (
          block.text
        )}
      </div>
    </div>
  );
}
