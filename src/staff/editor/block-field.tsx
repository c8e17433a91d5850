import type { BlockKind, GuideBlock } from '../../domain/guide-blocks.js';
import type { Language } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/** A block kind's word; written out key by key so every key is findable in the code. */
export function kindLabel(t: (key: string) => string, kind: BlockKind): string {
  switch (kind) {
    case 'text':
      return t('blockEditor.kindText');
    case 'list':
      return t('blockEditor.kindList');
    case 'image':
      return t('blockEditor.kindImage');
    case 'tip':
      return t('blockEditor.kindTip');
    case 'warning':
      return t('blockEditor.kindWarning');
    case 'link':
      return t('blockEditor.kindLink');
  }
}

interface BlockFieldProps {
  block: GuideBlock;
  /** 1-based, as the editor reads them. */
  step: number;
  index: number;
  count: number;
  language: Language;
  onChange: (block: GuideBlock) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One block as plain fields (no Markdown to type), with its move and remove buttons. */
export function BlockField({ block, step, index, count, language, onChange, onMove, onRemove }: BlockFieldProps) {
  const { t } = useTranslation();
  const id = `block-${language.code}-${step}-${index}`;
  const kind = kindLabel(t, block.kind);
  const label = (part: string) => t('blockEditor.fieldLabel', { step, kind: part, language: language.nativeName });
  const text = { lang: language.htmlLang, dir: language.dir };
  const position = { step, block: index, kind };
  return (
    <div class={`block-field block-${block.kind}`}>
      {(block.kind === 'text' || block.kind === 'tip' || block.kind === 'warning') && (
        <>
          <label for={id}>{label(kind)}</label>
          <textarea
            id={id}
            {...text}
            rows={Math.max(2, block.text.split('\n').length)}
            value={block.text}
            onInput={(e) => onChange({ kind: block.kind, text: e.currentTarget.value })}
          />
        </>
      )}
      {block.kind === 'list' && (
        <>
          <label for={id}>{label(kind)}</label>
          <textarea
            id={id}
            {...text}
            aria-describedby={`${id}-hint`}
            rows={Math.max(2, block.items.length)}
            value={block.items.join('\n')}
            onInput={(e) => onChange({ ...block, items: e.currentTarget.value.split('\n') })}
          />
          <span class="hint" id={`${id}-hint`}>
            {t('blockEditor.listHint')}
          </span>
          <label class="check">
            <input
              type="checkbox"
              checked={block.ordered}
              onChange={(e) => onChange({ ...block, ordered: e.currentTarget.checked })}
            />{' '}
            {t('blockEditor.ordered', { step })}
          </label>
        </>
      )}
      {block.kind === 'image' && (
        <>
          <label for={`${id}-src`}>{label(t('blockEditor.imageFile'))}</label>
          <input
            id={`${id}-src`}
            dir="ltr"
            value={block.src}
            onInput={(e) => onChange({ ...block, src: e.currentTarget.value })}
          />
          <label for={id}>{label(t('blockEditor.imageAlt'))}</label>
          <input
            id={id}
            {...text}
            value={block.alt}
            onInput={(e) => onChange({ ...block, alt: e.currentTarget.value })}
          />
        </>
      )}
      {block.kind === 'link' && (
        <>
          <label for={id}>{label(t('blockEditor.linkLabel'))}</label>
          <input
            id={id}
            {...text}
            value={block.label}
            onInput={(e) => onChange({ ...block, label: e.currentTarget.value })}
          />
          <label for={`${id}-url`}>{label(t('blockEditor.linkUrl'))}</label>
          <input
            id={`${id}-url`}
            type="url"
            dir="ltr"
            value={block.url}
            onInput={(e) => onChange({ ...block, url: e.currentTarget.value })}
          />
        </>
      )}
      <div class="block-actions">
        <button
          type="button"
          aria-label={t('blockEditor.moveUpLabel', position)}
          disabled={index === 1}
          onClick={() => onMove(-1)}
        >
          {t('blockEditor.moveUp')}
        </button>
        <button
          type="button"
          aria-label={t('blockEditor.moveDownLabel', position)}
          disabled={index === count}
          onClick={() => onMove(1)}
        >
          {t('blockEditor.moveDown')}
        </button>
        <button type="button" aria-label={t('blockEditor.removeLabel', position)} onClick={onRemove}>
          {t('blockEditor.remove')}
        </button>
      </div>
    </div>
  );
}
