import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the real entry point (through tsx, so no build is needed) with the given environment. */
function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-main-'));
  dirs.push(dataDir);
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the server process', () => {
  it('stops at start with a message naming a bad setting', { timeout: 90_000 }, async () => {
    const { child, output } = startServer({ PORT: 'eighty' });
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('Bad configuration: PORT="eighty" must be integer');
    expect(output()).not.toContain('    at ');
  });

  it('stops with one line naming DATA_DIR when the data folder cannot be made', { timeout: 90_000 }, async () => {
    // A folder under a regular file fails even for root, whom permission bits do not stop.
    const parent = mkdtempSync(join(tmpdir(), 'servicepunkt-main-'));
    dirs.push(parent);
    const file = join(parent, 'a-file');
    writeFileSync(file, '');
    const { child, output } = startServer({ DATA_DIR: join(file, 'data') });
    expect(await exited(child)).toBe(1);
    const lines = output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`DATA_DIR="${join(file, 'data')}"`);
    expect(lines[0]).toMatch(/not a folder/);
    expect(output()).not.toContain('    at ');
  });

  it('logs the kiosk set-up address with the token masked', { timeout: 90_000 }, async () => {
    const token = 'secret-kiosk-token-abcdefghij';
    const { child, output } = startServer({ KIOSK_TOKEN: token });
    await until(() => output().includes('Kiosk set-up address'), 'the set-up address');
    const line = output()
      .split('\n')
      .find((l) => l.includes('Kiosk set-up address'));
    expect(line).toContain('#kiosk=secr…');
    expect(output()).not.toContain(token);
    expect(output()).not.toContain(token.slice(0, 8));
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  });

  it('publishes the seed on first start, serves it, and shuts down cleanly on SIGTERM', async () => {
    const { child, output } = startServer({});
    await until(() => output().includes('No kiosk is enrolled yet'), 'the advice to enrol kiosks');
    expect(output()).toContain('published the seed content');
    // A fresh install has no shared token any more: each tablet is enrolled.
    expect(output()).toContain('npm run kiosk:enrol -- --branch');
    expect(output()).not.toContain('Kiosk set-up address');
    const url = output().match(/Server listening at (http:\/\/[^"]+)/)?.[1];
    const response = await fetch(`${url}/api/content/manifest`);
    expect(response.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('shutting down');
  }, 90_000);
});

describe('stopping while guide text is being checked', () => {
  it('exits within seconds of SIGTERM during a slow pack import', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-main-'));
    dirs.push(dataDir);
    const env = { ...process.env, DATA_DIR: dataDir };
    const user = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/create-user.ts', '--username', 'eva', '--role', 'editor', '--password-stdin'],
      { env, stdio: ['pipe', 'ignore', 'inherit'] },
    );
    user.stdin?.end('a long enough secret\n');
    expect(await exited(user)).toBe(0);

    // Budgets far above what any text or pack takes: only shutdown can stop the checking.
    const { child, output } = startServer({
      DATA_DIR: dataDir,
      GUIDE_TEXT_BUDGET_MS: '60000',
      PACK_BUDGET_MS: '600000',
    });
    await until(() => output().includes('Server listening at'), 'the server to listen');
    const url = output().match(/Server listening at (http:\/\/[^"]+)/)?.[1] ?? '';
    const origin = { origin: url };
    const login = await fetch(`${url}/api/staff/login`, {
      method: 'POST',
      headers: { ...origin, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eva', password: 'a long enough secret' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const pack = await (await fetch(`${url}/api/staff/pack`, { headers: { cookie } })).json();
    // Slow but within the limits: paragraphs just under the emphasis limit, 100,000 characters each.
    const slow = `# T\n\nS\n\n## Steg\n\n${`${'*a'.repeat(199)}\n\n`.repeat(250)}`.slice(0, 99_999);
    for (const guide of pack.content.guides) guide.texts = { sv: { markdown: slow, status: 'draft' } };

    const imported = fetch(`${url}/api/staff/pack`, {
      method: 'POST',
      headers: { ...origin, cookie, 'content-type': 'application/json' },
      body: JSON.stringify(pack),
    }).catch(() => undefined);
    await until(
      () => /"url":"\/api\/staff\/pack".*"method":"POST"|"method":"POST","url":"\/api\/staff\/pack"/.test(output()),
      'the import to arrive',
    );
    const stopped = exited(child);
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await stopped).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
    await imported;
  });
});
