import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guideEntryId } from '../../src/domain/content.js';
import { readContentDir } from '../../src/server/content/content-dir.js';
import { publishContent } from '../../src/server/content/publish.js';
import { SEED_DIR, testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '</style><script>alert(1)</script>',
];

describe('GET /take/<slug>/<lang>', () => {
  it('shows a whole guide in the asked language, right to left where the script is, with no script allowed', async () => {
    const response = await server.app.inject('/take/bankid/ar');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.body).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(response.body).not.toMatch(/<script/i);
  });

  it('shows links as real links on the phone', async () => {
    const response = await server.app.inject('/take/1177/sv');
    expect(response.body).toMatch(/<a href="https:\/\/www\.1177\.se[^"]*" rel="noopener noreferrer">/);
  });

  it('answers an unknown guide or language with problem+json to a client that asks for JSON', async () => {
    const json = { accept: 'application/json' };
    const missing = await server.app.inject({ url: '/take/no-such-guide/sv', headers: json });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    const badLang = await server.app.inject({ url: '/take/bankid/xx', headers: json });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.headers['content-type']).toMatch(/problem\+json/);
    expect(badLang.json()).toMatchObject({ field: 'params/lang' });
  });

  it('renders XSS payloads in titles, steps and links as inert text', async () => {
    await server.publishEdited('bankid', 'sv', (guide) => {
      guide.title = PAYLOADS.join(' ');
      guide.summary = PAYLOADS[1] ?? '';
      const step = guide.steps[0];
      if (!step) return;
      step.title = PAYLOADS[2] ?? '';
      step.blocks = [
        { type: 'paragraph', content: PAYLOADS.map((value) => ({ type: 'text' as const, value })) },
        { type: 'note', kind: 'warning', content: [{ type: 'text', value: PAYLOADS[4] ?? '' }] },
      ];
    });
    const { body } = await server.app.inject('/take/bankid/sv');
    expect(body).not.toMatch(/<script|<img src=x|<svg/i);
    expect(body).toContain('&lt;script>alert(1)&lt;/script>');
  });
});

/** The font files a take-away page names in its style sheet. */
function fontUrls(body: string): string[] {
  return [...body.matchAll(/url\(([^)]+)\)/g)].map((m) => String(m[1]));
}

/** A visitor's phone asks for a page. */
const PAGE = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

/** A UI string as the locale file has it. */
function kioskString(lang: string, section: string, key: string): string {
  const strings = JSON.parse(readFileSync(`locales/${lang}/kiosk.json`, 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const value = strings[section]?.[key];
  if (!value) throw new Error(`locales/${lang}/kiosk.json has no ${section}.${key}`);
  return value;
}

describe('the take-away page’s fonts', () => {
  it('names only the Ethiopic faces on a Tigrinya page, served from here as woff2 and kept for a year', async () => {
    const page = await server.app.inject('/take/bankid/ti');
    const urls = fontUrls(page.body);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^\/take\/_fonts\/noto-sans-ethiopic-[a-z-]+-(400|700)-normal\.[0-9a-f]{16}\.woff2$/);
      const font = await server.app.inject(url);
      expect(font.statusCode, url).toBe(200);
      expect(font.headers['content-type'], url).toBe('font/woff2');
      expect(font.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
      // woff2 files start with their signature.
      expect(font.rawPayload.subarray(0, 4).toString('latin1'), url).toBe('wOF2');
    }
    expect(page.body).toMatch(/unicode-range:U\+[0-9A-F]/);
  });

  it('names only the Arabic faces on Arabic-script pages, and none on a Swedish one', async () => {
    for (const lang of ['ar', 'fa', 'prs']) {
      const urls = fontUrls((await server.app.inject(`/take/bankid/${lang}`)).body);
      expect(urls.length, lang).toBeGreaterThan(0);
      for (const url of urls) expect(url, lang).toMatch(/^\/take\/_fonts\/noto-sans-arabic-/);
    }
    expect(fontUrls((await server.app.inject('/take/bankid/sv')).body)).toEqual([]);
  });

  it('answers a font name it does not have with 404', async () => {
    const response = await server.app.inject(
      '/take/_fonts/noto-sans-ethiopic-ethiopic-400-normal.0000000000000000.woff2',
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
  });

  it('lets the page load fonts from this server and still run no script', async () => {
    const csp = String((await server.app.inject('/take/bankid/ti')).headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("font-src 'self'");
    expect(csp).not.toMatch(/script-src/);
    expect(csp).not.toMatch(/'unsafe-eval'/);
  });
});

describe('a missing guide on a visitor’s phone', () => {
  it('is a 404 page in the language asked for, with the library, fonts and the same policy', async () => {
    const response = await server.app.inject({ url: '/take/no-such-guide/ti', headers: PAGE });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toMatch(/^<!doctype html><html lang="ti" dir="ltr">/);
    expect(response.body).toContain(`<h1>${kioskString('ti', 'takeAwayMissing', 'title')}</h1>`);
    expect(response.body).toContain(kioskString('ti', 'takeAwayMissing', 'text'));
    expect(response.body).toContain('Stadsbiblioteket');
    expect(response.body).not.toMatch(/<script/i);
    expect(fontUrls(response.body).length).toBeGreaterThan(0);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("font-src 'self'");
  });

  it('is right to left in Arabic', async () => {
    const response = await server.app.inject({ url: '/take/no-such-guide/ar', headers: PAGE });
    expect(response.statusCode).toBe(404);
    expect(response.body).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(response.body).toContain(kioskString('ar', 'takeAwayMissing', 'text'));
  });

  it('is the same page for a guide the version in force no longer has', async () => {
    const source = readContentDir(SEED_DIR, server.media);
    source.entries = source.entries.filter((e) => e.id !== guideEntryId('csn'));
    await publishContent(server.app.content, source, 'csn removed');
    const response = await server.app.inject({ url: '/take/csn/en', headers: PAGE });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain(kioskString('en', 'takeAwayMissing', 'text'));
  });

  it('is a Swedish page, with the status the check gives, for a language the kiosk does not have', async () => {
    const response = await server.app.inject({ url: '/take/bankid/xx', headers: PAGE });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/^<!doctype html><html lang="sv" dir="ltr">/);
    expect(response.body).toContain(kioskString('sv', 'takeAwayMissing', 'text'));
  });

  it('is a page in the asked language for a guide name that cannot exist', async () => {
    const response = await server.app.inject({ url: '/take/No%20Such%20Guide!/uk', headers: PAGE });
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/^<!doctype html><html lang="uk" dir="ltr">/);
    expect(response.body).toContain(kioskString('uk', 'takeAwayMissing', 'text'));
  });
});

describe('a missing guide where nothing is published yet', () => {
  it('is the same page, without a library name the server does not know', async () => {
    const empty = await testServer({ seed: false });
    try {
      const response = await empty.app.inject({ url: '/take/bankid/so', headers: PAGE });
      expect(response.statusCode).toBe(404);
      expect(response.body).toMatch(/^<!doctype html><html lang="so" dir="ltr">/);
      expect(response.body).toContain(kioskString('so', 'takeAwayMissing', 'text'));
      expect(response.body).not.toContain('Stadsbiblioteket');
    } finally {
      await empty.close();
    }
  });
});

describe('GET /api/kiosk/config', () => {
  it('gives kiosks their settings', async () => {
    const response = await server.app.inject('/api/kiosk/config');
    expect(response.json()).toEqual({
      publicUrl: null,
      idleTimeoutSeconds: 90,
      countdownSeconds: 20,
      reminderChannels: [],
    });
  });
});
