/**
 * A booking the server acknowledged (201) survives a power cut. The server runs in a child process
 * under strace, which logs every write to and every flush (fsync) of the database's files. The
 * child is killed with SIGKILL right after the acknowledgements, before any checkpoint; then the
 * power cut is played on its files: whatever was written to the write-ahead log after its last
 * flush is lost (the disk's cache never reached the platter), as is the shared-memory index. A
 * server started again on those files must hold every acknowledged booking.
 *
 * A SIGKILL alone would prove little: the operating system keeps what the process wrote even
 * unflushed, so `synchronous=OFF` would pass it. Dropping the unflushed tail is what makes this
 * test fail when a booking is acknowledged before its commit is on disk.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, expect, it } from 'vitest';
import { type BookingAnswer, referenceFor } from '../../src/domain/help.js';
import { addSession, bookingBody } from '../helpers/bookings.js';
import { openTestApp, testServer } from '../helpers/server.js';

const BOOKINGS = 30;
const CHILD = resolve(import.meta.dirname, '../helpers/booking-server-child.ts');

function hasStrace(): boolean {
  try {
    execFileSync('strace', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let dataDir: string | undefined;
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the server child under strace; resolves with the server's own pid and port. */
async function startTraced(dir: string, log: string): Promise<{ pid: number; port: number }> {
  child = spawn(
    'strace',
    [
      '-f',
      '-y',
      '-qq',
      '--seccomp-bpf',
      '-e',
      'trace=pwrite64,pwritev,fsync,fdatasync',
      '-o',
      log,
      process.execPath,
      '--import',
      'tsx',
      CHILD,
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stdout = child.stdout;
  if (!stdout) throw new Error('no stdout from the server child');
  for await (const line of createInterface({ input: stdout })) {
    if (line.startsWith('{')) return JSON.parse(line) as { pid: number; port: number };
  }
  throw new Error('the server child ended before it listened');
}

/** The length of the write-ahead log the disk holds for sure: the end of its last write before its last flush. */
function flushedLength(log: string, wal: string): { flushed: number; written: number; checkpoints: number } {
  let pending = 0;
  let flushed = 0;
  let checkpoints = 0;
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const write = line.match(/pwrite64\(\d+<([^>]+)>, .*, (\d+), (\d+)\) = (\d+)$/);
    if (write) {
      const [, file, , offset, done] = write;
      if (file === wal) pending = Math.max(pending, Number(offset) + Number(done));
      else if (file === wal.replace(/-wal$/, '')) checkpoints++;
      continue;
    }
    const sync = line.match(/f(?:data)?sync\(\d+<([^>]+)>\) = 0$/);
    if (sync?.[1] === wal) flushed = pending;
  }
  return { flushed, written: pending, checkpoints };
}

it.skipIf(!hasStrace())(
  'every booking acknowledged before a power cut is there after the restart',
  { timeout: 120_000 },
  async () => {
    const base = await testServer();
    dataDir = base.dataDir;
    const slot = await addSession(base, { capacity: BOOKINGS });
    await base.app.close();
    await base.db.destroy();

    const log = join(dataDir, 'strace.log');
    const { pid, port } = await startTraced(dataDir, log);
    const keys = Array.from({ length: BOOKINGS }, () => randomUUID());
    const answers = await Promise.all(
      keys.map(async (key) => {
        const response = await fetch(`http://127.0.0.1:${port}/api/bookings`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${base.kioskToken}`,
            'idempotency-key': key,
            'content-type': 'application/json',
          },
          body: JSON.stringify(bookingBody([slot])),
        });
        return { key, status: response.status, answer: (await response.json()) as BookingAnswer };
      }),
    );
    // The power cut, right after the last acknowledgement.
    const exited = new Promise((done) => child?.once('exit', done));
    process.kill(pid, 'SIGKILL');
    await exited;
    const acknowledged = answers.filter((a) => a.status === 201).map((a) => referenceFor(a.key));
    expect(acknowledged).toHaveLength(BOOKINGS);

    const file = join(dataDir, 'servicepunkt.sqlite');
    const wal = `${file}-wal`;
    const { flushed, written, checkpoints } = flushedLength(log, wal);
    // Nothing was copied into the database file: every booking lives only in the log.
    expect(checkpoints).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(statSync(wal).size).toBe(written);
    truncateSync(wal, flushed);
    if (existsSync(`${file}-shm`)) rmSync(`${file}-shm`);

    const again = await openTestApp(dataDir);
    try {
      const stored = await again.db.selectFrom('booking').select('reference').execute();
      const references = new Set(stored.map((b) => b.reference));
      expect(acknowledged.filter((r) => !references.has(r))).toEqual([]);
    } finally {
      await again.app.close();
      await again.db.destroy();
    }
  },
);
