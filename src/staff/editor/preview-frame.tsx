import { type ComponentChildren, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../domain/languages.js';
import kioskStyles from '../../kiosk/guide/preview.css?url';
import './guide-preview.css';

/** The kiosk's tablet in CSS pixels, each way round. */
export const TABLET = {
  landscape: { width: 1280, height: 800 },
  portrait: { width: 800, height: 1280 },
} as const;

export type Orientation = keyof typeof TABLET;

/**
 * A document of its own for the kiosk's stylesheet: an iframe keeps the kiosk's rules (`:root`,
 * `body`, fixed bars, `:lang()` fonts) out of the console, and its viewport is the tablet's, so the
 * kiosk's layout sees 1280×800 as on the tablet. No script runs inside: the console renders into
 * it (same origin, and srcdoc inherits the console's CSP, which allows this stylesheet).
 */
const SRCDOC = `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${kioskStyles}"></head><body></body></html>`;

interface PreviewFrameProps {
  /** The language shown: the frame's `<html lang dir>`, as the kiosk sets its own. */
  language: Language;
  orientation: Orientation;
  /** Names the frame for assistive technology. */
  title: string;
  children: ComponentChildren;
}

/** `children` rendered in a tablet-sized frame with the kiosk's styles, scaled down to the column. */
export function PreviewFrame({ language, orientation, title, children }: PreviewFrameProps) {
  const box = useRef<HTMLDivElement>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [columnWidth, setColumnWidth] = useState(0);
  const tablet = TABLET[orientation];
  const scale = columnWidth > 0 ? Math.min(1, columnWidth / tablet.width) : 0;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setColumnWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const html = body?.ownerDocument.documentElement;
    if (!html) return;
    html.lang = language.htmlLang;
    html.dir = language.dir;
  }, [body, language]);

  // The frame's content is a render root of its own, kept in step with this component's.
  useEffect(() => {
    if (body) render(children, body);
  }, [body, children]);
  useEffect(() => {
    if (!body) return;
    return () => render(null, body);
  }, [body]);

  const loaded = (event: Event) => {
    const frame = event.currentTarget as HTMLIFrameElement;
    // The srcdoc document, once its stylesheet is in: rendering before would flash unstyled.
    if (frame.contentDocument?.URL === 'about:srcdoc') setBody(frame.contentDocument.body);
  };

  return (
    <div class="preview-frame" ref={box} style={{ blockSize: `${tablet.height * scale}px` }}>
      <iframe
        title={title}
        srcdoc={SRCDOC}
        width={tablet.width}
        height={tablet.height}
        style={{ transform: `scale(${scale})` }}
        onLoad={loaded}
      />
    </div>
  );
}
