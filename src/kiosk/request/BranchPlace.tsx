import { type Branch, placeIn, type TextIn } from '../../domain/help.js';
import { languageFor } from '../../domain/languages.js';
import { useTranslation } from '../../i18n/use-translation.js';

/**
 * A text in the visitor's language as it is; a text in another language (the Swedish, where a
 * translation is missing) marked with its `lang`, and its direction inside a page that runs the
 * other way, so a screen reader reads it in that language and it does not mix with the page.
 */
export function InLanguage({ text }: { text: TextIn }) {
  const { lang } = useTranslation();
  const page = languageFor(lang);
  const own = languageFor(text.lang);
  if (own.htmlLang === page.htmlLang) return <>{text.text}</>;
  return (
    <span lang={own.htmlLang} dir={own.dir === page.dir ? undefined : own.dir}>
      {text.text}
    </span>
  );
}

/** The branch's place (where in the building) in the visitor's language, or the Swedish marked so. */
export function BranchPlace({ branch }: { branch: Pick<Branch, 'place' | 'placeTranslations'> }) {
  const { lang } = useTranslation();
  return <InLanguage text={placeIn(branch, lang)} />;
}

/** "Stadsbiblioteket, Plan 1 …": the branch's name and, when it has one, its place. */
export function BranchWithPlace({ branch }: { branch: Branch }) {
  return (
    <>
      {branch.name}
      {branch.place && (
        <>
          {', '}
          <BranchPlace branch={branch} />
        </>
      )}
    </>
  );
}
