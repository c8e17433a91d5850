/**
 * The pictograms editors choose from for a category (and the kiosk draws on its tiles). A closed
 * list, so the server can refuse a name the kiosk cannot draw and the kiosk bundle carries only
 * these. Names are the icon set's own (lucide), so a designer can look them up.
 */
export const PICTOGRAMS = [
  'printer',
  'scan-line',
  'landmark',
  'key-round',
  'credit-card',
  'wallet',
  'piggy-bank',
  'shield-check',
  'heart-pulse',
  'stethoscope',
  'hospital',
  'pill',
  'bus',
  'train-front',
  'plane',
  'car',
  'languages',
  'book-open',
  'graduation-cap',
  'id-card',
  'globe',
  'building',
  'smartphone',
  'laptop',
  'monitor',
  'briefcase',
  'house',
  'user-round',
  'users',
  'mail',
  'file-text',
  'receipt',
  'baby',
  'hand-helping',
  'circle-question-mark',
] as const;

export type Pictogram = (typeof PICTOGRAMS)[number];

/** What a category without a chosen pictogram shows. */
export const DEFAULT_PICTOGRAM: Pictogram = 'circle-question-mark';

/** Whether a name is one of the pictograms the kiosk can draw. */
export function isPictogram(name: unknown): name is Pictogram {
  return typeof name === 'string' && (PICTOGRAMS as readonly string[]).includes(name);
}
