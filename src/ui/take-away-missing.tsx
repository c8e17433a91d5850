import { TakeAwayDocument } from './take-away-document.js';

export interface TakeAwayMissingProps {
  lang: string;
  labels: { title: string; text: string };
  /** The library's name, when the server serves one library only; a name has no translation. */
  library?: string;
  fontCss: string;
}

/**
 * What a visitor's phone shows for a guide that is not (or no longer) published: a page in their
 * language that sends them to the staff, instead of an error meant for programs.
 */
export function TakeAwayMissing({ lang, labels, library, fontCss }: TakeAwayMissingProps) {
  return (
    <TakeAwayDocument lang={lang} title={labels.title} fontCss={fontCss}>
      <h1>{labels.title}</h1>
      <p>{labels.text}</p>
      {library && (
        <footer>
          <span lang="sv">{library}</span>
        </footer>
      )}
    </TakeAwayDocument>
  );
}
