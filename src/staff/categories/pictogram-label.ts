import type { Pictogram } from '../../domain/pictograms.js';

/** Each pictogram's key, key by key, so every key is findable in the code (npm run i18n:check). */
const KEYS: Record<Pictogram, string> = {
  printer: 'pictograms.printer',
  'scan-line': 'pictograms.scan-line',
  landmark: 'pictograms.landmark',
  'key-round': 'pictograms.key-round',
  'credit-card': 'pictograms.credit-card',
  wallet: 'pictograms.wallet',
  'piggy-bank': 'pictograms.piggy-bank',
  'shield-check': 'pictograms.shield-check',
  'heart-pulse': 'pictograms.heart-pulse',
  stethoscope: 'pictograms.stethoscope',
  hospital: 'pictograms.hospital',
  pill: 'pictograms.pill',
  bus: 'pictograms.bus',
  'train-front': 'pictograms.train-front',
  plane: 'pictograms.plane',
  car: 'pictograms.car',
  languages: 'pictograms.languages',
  'book-open': 'pictograms.book-open',
  'graduation-cap': 'pictograms.graduation-cap',
  'id-card': 'pictograms.id-card',
  globe: 'pictograms.globe',
  building: 'pictograms.building',
  smartphone: 'pictograms.smartphone',
  laptop: 'pictograms.laptop',
  monitor: 'pictograms.monitor',
  briefcase: 'pictograms.briefcase',
  house: 'pictograms.house',
  'user-round': 'pictograms.user-round',
  users: 'pictograms.users',
  mail: 'pictograms.mail',
  'file-text': 'pictograms.file-text',
  receipt: 'pictograms.receipt',
  baby: 'pictograms.baby',
  'hand-helping': 'pictograms.hand-helping',
  'circle-question-mark': 'pictograms.circle-question-mark',
};

/** A pictogram's name in the console's language: what it shows, for editors and screen readers. */
export function pictogramLabel(t: (key: string) => string, pictogram: Pictogram): string {
  return t(pictogramKey(pictogram));
}

/** The key of a pictogram's name, for text that translates it later (an audit sentence's terms). */
export function pictogramKey(pictogram: Pictogram): string {
  return KEYS[pictogram];
}
