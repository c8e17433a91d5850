import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

  it('publishes the seed on first start, serves it, and shuts down cleanly on SIGTERM', async () => {
    const { child, output } = startServer({});
    await until(() => output().includes('Server listening at'), 'the server to listen');
    expect(output()).toContain('published the seed content');
    const url = output().match(/Server listening at (http:\/\/[^"]+)/)?.[1];
    const response = await fetch(`${url}/api/content/manifest`);
    expect(response.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('shutting down');
  }, 90_000);
});
