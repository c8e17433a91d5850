import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testServer } from '../test/helpers/server.js';

export interface ServerUnderTest {
  /** `http://127.0.0.1:<ephemeral port>` */
  url: string;
  close(): Promise<void>;
  /** The server's process, when it runs in one of its own. */
  pid?: number;
}

/**
 * The real server, in-process, as the end-to-end tests start it: a throw-away DATA_DIR, migrations,
 * the seed content and the built kiosk from dist/public, on an ephemeral loopback port (so it never
 * clashes with a running `npm start`).
 */
export async function startServer(): Promise<ServerUnderTest> {
  const server = await testServer({ publicDir: resolve('dist/public') });
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`, close: server.close };
}

/** A staff account made in the server's database before it starts. */
export interface StaffAccount {
  username: string;
  password: string;
}

/** A data folder for `startServerProcess`, with a staff account in its database. */
export interface ServerData {
  dataDir: string;
  /** An editor, or a helper where the bench asked for one. */
  staff: StaffAccount;
  /** Deletes the folder; the server using it must be stopped first. */
  remove(): void;
}

const PASSWORD = 'a long enough secret';

/**
 * Runs a compiled entry of the checkout at `root` (dist/node/server/…) on the data folder `dataDir`,
 * always on its embedded SQLite (a DATABASE_URL of the shell is not passed on). Killed if this
 * process exits first: a step that timed out never reaches its own clean-up.
 */
function runNode(root: string, entry: string, args: string[], dataDir: string, env: Record<string, string> = {}) {
  const { DATABASE_URL: _notHere, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(root, 'dist/node/server', entry), ...args], {
    cwd: root,
    env: { ...inherited, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * A throw-away data folder with a staff account (an editor unless `role` says otherwise), made by
 * the checkout's own compiled `create-user` (the same command an operator runs), so an older build
 * can be measured the same way.
 */
export async function serverData(root: string, role: 'editor' | 'helper' = 'editor'): Promise<ServerData> {
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-bench-'));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  const staff: StaffAccount = { username: `bench-${role}`, password: PASSWORD };
  const args = ['--username', staff.username, '--role', role, '--password-stdin'];
  const user = runNode(root, 'cli/create-user.js', args, dataDir);
  let output = '';
  user.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  user.stdin?.end(`${staff.password}\n`);
  if ((await exited(user)) !== 0) {
    remove();
    throw new Error(`create-user failed: ${output}`);
  }
  return { dataDir, staff, remove };
}

/**
 * Starts the server as it runs in production, `node dist/node/server/main.js` of the checkout at
 * `root` (built with `npm run build:server`), on `dataDir` and an ephemeral loopback port, logging
 * at the production level (`env` adds to its environment). The first start publishes the seed; a
 * restart on the same folder does not. `close` stops it with SIGTERM, then SIGKILL after 3 s: a
 * server whose event loop is stuck cannot run its SIGTERM handler.
 */
export async function startServerProcess(
  root: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerUnderTest> {
  const child = runNode(root, 'main.js', [], dataDir, env);
  child.stdin?.end();
  // Kept until the server listens, then only a tail, for the message if it dies first.
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk).slice(-20_000);
      const address = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
      if (address) resolve(address);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening: ${output}`)));
  });
  const close = async () => {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited(child);
    clearTimeout(killer);
  };
  return { url, close, pid: child.pid };
}

/** Signs a staff account in as the console does (same-origin POST) and returns its session cookie. */
export async function signIn(server: ServerUnderTest, staff: StaffAccount): Promise<string> {
  const response = await fetch(`${server.url}/api/staff/login`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify(staff),
    signal: AbortSignal.timeout(10_000),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (response.status !== 200 || !cookie.startsWith('sp_session=')) {
    throw new Error(`${staff.username} login: ${response.status} ${await response.text()}`);
  }
  return cookie;
}
