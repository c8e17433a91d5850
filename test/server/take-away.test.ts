import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer } from '../helpers/server.js';

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

  it('answers an unknown guide or language with problem+json', async () => {
    expect((await server.app.inject('/take/no-such-guide/sv')).statusCode).toBe(404);
    const badLang = await server.app.inject('/take/bankid/xx');
    expect(badLang.statusCode).toBe(400);
    expect(badLang.headers['content-type']).toMatch(/problem\+json/);
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
