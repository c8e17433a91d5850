import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/schemas/audit.js';
import { systemNoteOf, systemNoteText } from '../../src/domain/system-notes.js';
import { AUDIT_KIND_LABELS, AUDIT_SENTENCES, auditSentence, sentenceText } from '../../src/staff/audit/sentence.js';
import { versionNote } from '../../src/staff/components/version-note.js';

const strings: Record<'sv' | 'en', TFunction> = {} as Record<'sv' | 'en', TFunction>;
beforeAll(async () => {
  for (const lang of ['sv', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: lang,
      fallbackLng: false,
      defaultNS: 'staff',
      interpolation: { escapeValue: false },
      resources: { [lang]: { staff: JSON.parse(readFileSync(`locales/${lang}/staff.json`, 'utf8')) } },
    });
    strings[lang] = instance.t;
  }
});

const entry = (change: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2030-05-02T08:00:00.000Z',
  actor: 'Anna',
  kind: 'login',
  target: 'user/1',
  before: null,
  after: null,
  subject: { type: 'user', id: '1', name: 'anna', lang: null },
  afterName: null,
  ...change,
});
const read = (lang: 'sv' | 'en', e: AuditEntry) => sentenceText(strings[lang], auditSentence(e));

/** Every kind the server writes: the quoted names in the `action:` of each `.audit({ … })` in src/server. */
function kindsWritten(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((f) => {
    if (f.isDirectory()) return kindsWritten(join(dir, f.name));
    if (!f.name.endsWith('.ts')) return [];
    const text = readFileSync(join(dir, f.name), 'utf8');
    return [...text.matchAll(/\baudit\(\{[\s\S]*?\baction: ([^,}\n]+)/g)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/'([a-z][a-z0-9-]*)'/g)].map((q) => q[1] as string),
    );
  });
}

describe('audit sentences', () => {
  it('has a sentence and a filter name for every kind the server writes', () => {
    const written = [...new Set(kindsWritten('src/server'))].sort();
    expect(written.length).toBeGreaterThan(25);
    expect(written).toContain('edit-branch'); // written in a ternary beside add-branch
    expect(written.filter((kind) => !Object.hasOwn(AUDIT_SENTENCES, kind))).toEqual([]);
    expect(Object.keys(AUDIT_KIND_LABELS).sort()).toEqual(Object.keys(AUDIT_SENTENCES).sort());
  });

  it('reads every kind as a whole sentence in both languages, every name filled in', () => {
    for (const kind of Object.keys(AUDIT_SENTENCES)) {
      for (const lang of ['sv', 'en'] as const) {
        const text = read(lang, entry({ kind, after: '3', before: '2' }));
        expect(text, `${kind} in ${lang}`).toMatch(/^Anna/);
        expect(text, `${kind} in ${lang}`).not.toMatch(/audit\.|\{\{/);
        expect(strings[lang](AUDIT_KIND_LABELS[kind] ?? ''), kind).not.toMatch(/^audit\./);
      }
    }
  });

  it('names a request by its reference code and the status in words', () => {
    const attended = entry({
      kind: 'set-request-status',
      target: 'booking/1',
      before: 'confirmed',
      after: 'attended',
      subject: { type: 'booking', id: '1', name: 'K7F-2Q', lang: null },
    });
    expect(read('sv', attended)).toBe('Anna markerade begäran K7F-2Q som genomförd');
    expect(read('en', attended)).toBe('Anna marked request K7F-2Q as attended');
    expect(read('en', { ...attended, after: 'cancelled' })).toBe('Anna cancelled request K7F-2Q');
  });

  it('names a guide by its title and the language by its name in the console language', () => {
    const saved = entry({
      kind: 'save-text',
      target: 'guide/bankid/ar',
      subject: { type: 'guide', id: 'bankid', name: 'Skaffa BankID', lang: 'ar' },
    });
    expect(read('sv', saved)).toBe('Anna sparade texten på arabiska i guiden ”Skaffa BankID”');
    expect(read('en', saved)).toBe('Anna saved the Arabic text of the guide “Skaffa BankID”');
    // A guide that is gone is named by its id.
    expect(read('en', { ...saved, subject: { ...saved.subject, name: null } })).toContain('“bankid”');
  });

  it('names versions by number', () => {
    const restored = entry({
      kind: 'restore',
      target: 'version/1',
      before: '2',
      after: '3',
      subject: { type: 'version', id: '1', name: null, lang: null },
    });
    expect(read('sv', restored)).toBe('Anna återställde version 1 som version 3');
    expect(read('en', { ...restored, kind: 'publish', target: 'version/4', after: '4' })).toBe(
      'Anna published version 4',
    );
  });

  it("names a guide's pictogram in words, and says when the guide shows its category's again", () => {
    const subject = { type: 'guide', id: 'bankid', name: 'BankID', lang: null };
    const chosen = entry({ kind: 'set-guide-icon', target: 'guide/bankid', after: 'key-round', subject });
    expect(read('sv', chosen)).toBe('Anna gav guiden ”BankID” piktogrammet Nyckel');
    expect(read('en', chosen)).toBe('Anna gave the guide “BankID” the pictogram Key');
    const removed = { ...chosen, before: 'key-round', after: null };
    expect(read('sv', removed)).toBe('Anna lät guiden ”BankID” visa sin kategoris piktogram');
    expect(read('en', removed)).toBe('Anna let the guide “BankID” show its category’s pictogram');
  });

  it('reads a kind it does not know as a plain sentence naming the kind and target', () => {
    const odd = entry({ kind: 'teleport-guide', target: 'guide/bankid' });
    expect(read('en', odd)).toBe('Anna: “teleport-guide” on guide/bankid');
    expect(read('sv', odd)).toBe('Anna: ”teleport-guide” på guide/bankid');
    // A kind named like an object property is still unknown.
    expect(auditSentence(entry({ kind: 'constructor' })).key).toBe('audit.sentence.unknown');
  });
});

describe('system version notes', () => {
  it('reads the notes the system writes, as older databases hold them, in the console language', () => {
    expect(versionNote(strings.sv, 'Seed content')).toBe('Startinnehåll');
    expect(versionNote(strings.sv, 'Restored version 1')).toBe('Återställd version 1');
    expect(versionNote(strings.en, systemNoteText({ system: 'restored', from: 12 }))).toBe('Restored version 12');
    expect(versionNote(strings.sv, 'BankID-guiden på somaliska granskad')).toBe('BankID-guiden på somaliska granskad');
  });

  it('writes and reads the same text', () => {
    for (const note of [{ system: 'seed' }, { system: 'restored', from: 7 }] as const) {
      expect(systemNoteOf(systemNoteText(note))).toEqual(note);
    }
    expect(systemNoteOf('Restored version one')).toBeNull();
  });
});
