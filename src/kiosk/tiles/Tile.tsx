import type { ComponentChildren } from 'preact';
import { Pictogram } from '../../ui/pictogram.js';
import './tiles.css';

interface TileProps {
  /** A pictogram name (see `PICTOGRAMS`); decorative, the label names the tile. */
  icon: string | undefined;
  label: string;
  /** A second, smaller line (a guide's summary). */
  detail?: string;
  /** `help` stands out: it is the way to a person. */
  kind?: 'plain' | 'help';
  /** For text in another language than the screen's (a guide shown in Swedish). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Extra classes tests and styles know a tile by (`guide-card`). */
  class?: string;
  onClick: () => void;
}

/** One large tile: a pictogram over a short label, the whole tile one button. */
export function Tile({ icon, label, detail, kind = 'plain', lang, dir, class: extra, onClick }: TileProps) {
  return (
    <button
      type="button"
      class={['tile', kind === 'help' ? 'tile-help' : '', extra ?? ''].join(' ').trim()}
      lang={lang}
      dir={dir}
      onClick={onClick}
    >
      <Pictogram name={icon} />
      <span class="tile-label">{label}</span>
      {detail && <span class="tile-detail">{detail}</span>}
    </button>
  );
}

/** Tiles in a grid that fills the screen's width: five across in landscape, three in portrait. */
export function TileGrid({ label, children }: { label?: string; children: ComponentChildren }) {
  return (
    <ul class="tile-grid" aria-label={label}>
      {children}
    </ul>
  );
}
