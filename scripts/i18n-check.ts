/**
 * `npm run i18n:check` (part of `npm test`): fails on a UI key missing in any language, a key that
 * no code uses, and a guide without a translation in every shipped language. Swedish is the
 * reference; plural keys (`_one`, `_other`, …) count as one key and need at least `_other`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../src/domain/languages.js';

/** Namespaces and the languages each must have: the visitor's in all nine, the console's in two. */
const NAMESPACES: { ns: string; languages: string[] }[] = [
  { ns: 'common', languages: LANGUAGES.map((l) => l.code) },
  { ns: 'kiosk', languages: LANGUAGES.map((l) => l.code) },
  { ns: 'reminders', languages: LANGUAGES.map((l) => l.code) },
  { ns: 'fleet', languages: LANGUAGES.map((l) => l.code) },
  { ns: 'staff', languages: ['sv', 'en'] },
];
const PLURAL = /_(zero|one|two|few|many|other)$/;
const problems: string[] = [];

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

/** Keys with plural suffixes folded to their base; `_other` must be among them. */
function keysOf(file: string): Set<string> {
  const keys = flatten(JSON.parse(readFileSync(file, 'utf8')));
  const bases = new Set(keys.map((k) => k.replace(PLURAL, '')));
  for (const base of bases) {
    const forms = keys.filter((k) => k.replace(PLURAL, '') === base && k !== base);
    if (forms.length > 0 && !forms.includes(`${base}_other`)) problems.push(`${file}: ${base} has no _other form`);
  }
  return bases;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const code = sourceFiles('src')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

for (const { ns, languages } of NAMESPACES) {
  const reference = keysOf(join('locales', 'sv', `${ns}.json`));
  for (const lang of languages) {
    const file = join('locales', lang, `${ns}.json`);
    if (!existsSync(file)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const keys = keysOf(file);
    for (const key of reference) if (!keys.has(key)) problems.push(`${file}: missing key ${key}`);
    for (const key of keys) if (!reference.has(key)) problems.push(`${file}: key ${key} is not in Swedish`);
  }
  // A key is used when its full path appears in a string literal, with or without the namespace.
  for (const key of reference) {
    const used = [`'${key}'`, `'${ns}:${key}'`, `"${key}"`, `"${ns}:${key}"`].some((literal) => code.includes(literal));
    if (!used) problems.push(`locales/*/${ns}.json: key ${key} is used by no code`);
  }
}

for (const slug of readdirSync(join('content', 'guides'))) {
  for (const { code: lang } of LANGUAGES) {
    if (!existsSync(join('content', 'guides', slug, `${lang}.md`))) {
      problems.push(`content/guides/${slug}: no ${lang}.md`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} translation problem(s)`);
  process.exitCode = 1;
} else {
  console.log(`Translations complete: ${LANGUAGES.length} languages, every key used, every guide translated.`);
}
