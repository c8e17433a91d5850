import type { ComponentChildren } from 'preact';
import type { GuideTranslation, NoteKind } from '../domain/content.js';
import { languageFor } from '../domain/languages.js';
import { StepBlocks } from './step-blocks.js';
import { TakeAwayDocument } from './take-away-document.js';

export interface TakeAwayLabels {
  notes: Record<NoteKind, string>;
  draft: string;
  footer: string;
  stepOf: (current: number, total: number) => string;
}

/**
 * A guide as a complete, script-free HTML page for the visitor's own phone: every step at once,
 * links as real links (the phone is theirs). Rendered on the server with the kiosk's components.
 */
export function TakeAwayPage({
  guide,
  labels,
  fontCss,
}: {
  guide: GuideTranslation;
  labels: TakeAwayLabels;
  fontCss: string;
}) {
  const language = languageFor(guide.lang);
  const anchor = (url: string, children: ComponentChildren, key: number) => (
    <a key={key} href={url} rel="noopener noreferrer">
      {children}
    </a>
  );
  return (
    <TakeAwayDocument lang={guide.lang} title={guide.title} fontCss={fontCss}>
      <h1>{guide.title}</h1>
      <p>{guide.summary}</p>
      {guide.draft && <p class="draft">{labels.draft}</p>}
      {guide.steps.map((step, index) => (
        <section key={index}>
          <p class="step-count">{labels.stepOf(index + 1, guide.steps.length)}</p>
          <h2>{step.title}</h2>
          <StepBlocks blocks={step.blocks} noteLabels={labels.notes} renderLink={anchor} rtl={language.dir === 'rtl'} />
        </section>
      ))}
      <footer>{labels.footer}</footer>
    </TakeAwayDocument>
  );
}
