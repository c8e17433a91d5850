import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { stepText } from '../src/domain/guide-text.js';
import { SEED_DIR } from '../test/helpers/server.js';
import type { KioskServer } from './fixtures.js';
import { escapeRegExp } from './kiosk-visit.js';
import { publishedContent } from './published-content.js';

/** A piece of Swedish a visitor might see, and where it comes from, to say what to translate. */
export interface Phrase {
  text: string;
  source: string;
}

/**
 * Every leaf of a locale file as a phrase: the parts around `{{interpolations}}`, and the items of
 * comma lists (the kiosk's own month and weekday names).
 */
function localePhrases(file: string, lang: string): Phrase[] {
  const walk = (value: unknown, key: string): Phrase[] => {
    if (typeof value === 'string') {
      const parts = value.split(/\{\{[^}]*\}\}/);
      const items = key.includes('.date.') ? parts.flatMap((p) => p.split(',')) : parts;
      return items.map((text) => ({ text: text.trim(), source: `locales/${lang}/${file}: ${key}` }));
    }
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([k, v]) => walk(v, key ? `${key}.${k}` : k));
  };
  return walk(JSON.parse(readFileSync(`locales/${lang}/${file}`, 'utf8')), '');
}

/** The kiosk's strings and the published guides and categories in one language. */
async function phrasesIn(server: KioskServer, lang: string): Promise<Phrase[]> {
  const content = (await publishedContent(server, lang)).flatMap((category) => [
    { text: category.name, source: `the category ${category.id} (${lang})` },
    ...category.guides.flatMap((guide) => [
      { text: guide.title, source: `the title of ${guide.id} (${guide.lang})` },
      { text: guide.summary, source: `the summary of ${guide.id} (${guide.lang})` },
      ...guide.steps.flatMap((step, i) =>
        stepText(step)
          .split('\n')
          .map((text) => ({ text, source: `step ${i + 1} of ${guide.id} (${guide.lang})` })),
      ),
    ]),
  ]);
  return [...localePhrases('kiosk.json', lang), ...localePhrases('common.json', lang), ...content];
}

/**
 * What counts as Swedish on a screen in another language. Every Swedish string of the kiosk and of
 * the Swedish content, and the seed's session texts visitors read (the library's place, closing
 * reasons); less what the other language writes the same way itself (agency names stay Swedish in
 * every language, "BankID" is BankID), and less the library's name, a proper name. Shorter than
 * three letters is too short to tell a language by.
 */
export async function swedishPhrases(server: KioskServer, lang: string): Promise<Phrase[]> {
  const sessions = JSON.parse(readFileSync(join(SEED_DIR, 'sessions.json'), 'utf8')) as {
    branches: { name: string; place: string; closed: { reason: string }[] }[];
  };
  const seed = sessions.branches.flatMap((branch) => [
    { text: branch.place, source: `the place of ${branch.name} (seed sessions)` },
    ...branch.closed.map((day) => ({ text: day.reason, source: `a closing reason of ${branch.name} (seed sessions)` })),
  ]);
  const own = (await phrasesIn(server, lang)).map((p) => p.text).join('\n');
  const names = sessions.branches.map((b) => b.name);
  return [...(await phrasesIn(server, 'sv')), ...seed].filter(
    ({ text }) => (text.match(/\p{L}/gu)?.length ?? 0) >= 3 && !names.includes(text) && !wordsIn(own, text),
  );
}

/** Whether `phrase` occurs in `text` as whole words (not inside a longer word). */
export function wordsIn(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * The text a visitor sees on the page, and the names screen readers say (aria-label, alt, title,
 * placeholder), leaving out what is marked as Swedish with a `lang` (a language's own name, a guide
 * shown in Swedish for want of a translation, which says so).
 */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const markedSwedish = (el: Element) => el.closest('[lang]')?.getAttribute('lang')?.startsWith('sv') ?? false;
    const seen = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !markedSwedish(parent) && seen(parent) && node.textContent?.trim()) parts.push(node.textContent);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      if (markedSwedish(el) || !seen(el)) continue;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) parts.push(el.getAttribute(name) ?? '');
    }
    return parts.join('\n');
  });
}
