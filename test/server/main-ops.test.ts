import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const METRICS_TOKEN = 'metrics-token-0123456789';
let dataDir = '';
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it('the server process runs its jobs on the runner, logs each run, serves /metrics, and stops cleanly', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-main-ops-'));
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', METRICS_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await expect.poll(() => output, { timeout: 60_000, interval: 50 }).toContain('Server listening at');
    await expect.poll(() => output, { timeout: 30_000, interval: 50 }).toMatch(/"job":"retention".*"job ran"/);
    const run = output.split('\n').find((line) => line.includes('"job ran"')) ?? '';
    expect(JSON.parse(run)).toMatchObject({ job: 'retention', tookMs: expect.any(Number), result: { requests: 0 } });

    const url = output.match(/Server listening at (http:\/\/[^"]+)/)?.[1];
    const refused = await fetch(`${url}/metrics`);
    expect(refused.status).toBe(401);
    const scraped = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('servicepunkt_kiosks{state="online"} 0');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
}, 120_000);
