import type { TFunction } from 'i18next';
import { formatBytes, formatLimit } from '../components/format.js';
import { ACCEPT, type MediaKind, type Refusal } from './media-rules.js';

/** Why the console refused a file, in the console's language; written key by key so each is findable. */
export function refusalText(t: TFunction, lang: string, name: string, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'type':
      return t('media.refusedType', { name, extensions: ACCEPT.split(',').join(' ') });
    case 'name':
      return t('media.refusedName', { name });
    case 'empty':
      return t('media.refusedEmpty', { name });
    case 'size':
      return t('media.refusedSize', {
        name,
        size: formatBytes(refusal.size, lang),
        kind: kindLabel(t, refusal.kind),
        limit: formatLimit(refusal.limit, lang),
      });
    case 'webvtt':
      return t('media.refusedWebVtt', { name });
    case 'captionName':
      return t('media.refusedCaptionName', { name });
  }
}

/** A kind of media as a plural noun ("videos"), to go inside a sentence. */
export function kindLabel(t: TFunction, kind: MediaKind): string {
  switch (kind) {
    case 'image':
      return t('media.kindImage');
    case 'video':
      return t('media.kindVideo');
    case 'captions':
      return t('media.kindCaptions');
  }
}
