import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol } from '../helpers/fleet.js';
import { testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
beforeAll(async () => {
  server = await testServer();
});
afterAll(async () => {
  await server.close();
});

/** Runs the command (through tsx, so no build is needed) on the test server's data folder. */
function kioskEnrol(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/kiosk-enrol.ts', ...args], {
    env: { ...process.env, DATA_DIR: server.dataDir, PUBLIC_URL: 'https://kiosk.example.org', ...env },
    encoding: 'utf8',
  });
}

describe('npm run kiosk:enrol', () => {
  it('prints a one-time set-up address, its code and its expiry; the code enrols a tablet once', {
    timeout: 60_000,
  }, async () => {
    const result = kioskEnrol(['--branch', 'STADSBIBLIOTEKET', '--name', 'Entrén']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [url, code, expiry] = result.stdout.trim().split('\n');
    const raw = url?.match(/^https:\/\/kiosk\.example\.org\/#enrol=([0-9A-Z]{10})$/)?.[1];
    expect(raw).toBeDefined();
    expect(code).toBe(`Code: ${raw?.slice(0, 5)}-${raw?.slice(5)}`);
    expect(expiry).toMatch(/^For a kiosk at Stadsbiblioteket; usable once, until \d{4}-\d\d-\d\dT/);
    const first = await enrol(server, raw ?? '');
    expect(first.statusCode).toBe(201);
    expect(first.json().kiosk).toMatchObject({ name: 'Entrén', branchId: 'stadsbiblioteket' });
    expect((await enrol(server, raw ?? '')).statusCode).toBe(410);
    const audit = await server.app.staff.auditLog(5);
    expect(audit.find((a) => a.action === 'create-enrolment')).toMatchObject({ actor: 'cli' });
  });

  it('names the branches there are when the branch is unknown, and makes no code', { timeout: 60_000 }, async () => {
    const before = await server.db.selectFrom('enrolment_code').select('id').execute();
    const result = kioskEnrol(['--branch', 'Atlantis']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'No branch "Atlantis". Branches: stadsbiblioteket (Stadsbiblioteket).',
    ]);
    expect(await server.db.selectFrom('enrolment_code').select('id').execute()).toEqual(before);
  });

  it('shows its usage without a branch', { timeout: 60_000 }, () => {
    const result = kioskEnrol([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run kiosk:enrol -- --branch');
  });
});
