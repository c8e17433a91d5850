import type { SessionKind } from '../../domain/help.js';
import { LANGUAGES, languageFor } from '../../domain/languages.js';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A session kind's name; key by key, so every key is findable in the code. */
export function kindLabel(t: T, kind: SessionKind): string {
  return kind === 'drop-in' ? t('times.kindDropIn') : t('times.kindBookable');
}

/**
 * A language named in itself, marked up in its own language and direction, so a screen reader
 * reads "العربية" in Arabic. Unknown codes are shown as they are.
 */
export function LanguageName({ code }: { code: string }) {
  const known = LANGUAGES.some((l) => l.code === code);
  if (!known) return <span>{code}</span>;
  const language = languageFor(code);
  return (
    <span lang={language.htmlLang} dir={language.dir}>
      {language.nativeName}
    </span>
  );
}

/** Several languages, comma-separated, each in its own name. */
export function LanguageNames({ codes, none }: { codes: readonly string[]; none: string }) {
  if (codes.length === 0) return <span>{none}</span>;
  return (
    <>
      {codes.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          <LanguageName code={code} />
        </span>
      ))}
    </>
  );
}
