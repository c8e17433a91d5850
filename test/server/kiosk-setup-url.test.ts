import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the command (through tsx, so no build is needed) with the given settings. */
function setupUrl(env: Record<string, string>, keptToken?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-setup-'));
  dirs.push(dataDir);
  // An installation from before enrolment kept its shared token here.
  if (keptToken) writeFileSync(join(dataDir, 'kiosk-token'), `${keptToken}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/kiosk-setup-url.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
  });
  return { ...result, dataDir };
}

describe('npm run kiosk:setup-url', () => {
  it('prints the set-up address with the configured token whole, at PUBLIC_URL', { timeout: 60_000 }, () => {
    const result = setupUrl({ KIOSK_TOKEN: 'secret-kiosk-token-abcdefghij', PUBLIC_URL: 'https://kiosk.example.org' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('https://kiosk.example.org/#kiosk=secret-kiosk-token-abcdefghij\n');
  });

  it('prints the token kept in DATA_DIR, at the local port when PUBLIC_URL is unset', { timeout: 60_000 }, () => {
    const token = 'kept-kiosk-token-0123456789abc';
    const result = setupUrl({ PORT: '9090' }, token);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`http://127.0.0.1:9090/#kiosk=${token}\n`);
    expect(result.stderr).toContain('PUBLIC_URL is not set');
  });

  it('on a fresh install makes no shared token, and says to enrol each tablet', { timeout: 60_000 }, () => {
    const result = setupUrl({});
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('npm run kiosk:enrol');
    expect(existsSync(join(result.dataDir, 'kiosk-token'))).toBe(false);
  });

  it('stops with the message naming a bad setting', { timeout: 60_000 }, () => {
    const result = setupUrl({ KIOSK_TOKEN: 'short' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('KIOSK_TOKEN');
    expect(result.stdout).toBe('');
  });
});
