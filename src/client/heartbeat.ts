/// <reference path="./app-version.d.ts" />
import type { Heartbeat, HeartbeatAnswer } from '../domain/schemas/fleet.js';
import { HttpError } from './api.js';
import { EMPTY_STATE, kioskDb } from './db.js';
import {
  isRevoked,
  nextBeatSeq,
  onDeviceChange,
  readDeviceToken,
  readKioskIdentity,
  saveKioskIdentity,
} from './device.js';
import { appliedSettings, storePendingSettings } from './kiosk-settings.js';
import { outboxCounts } from './outbox.js';
import { noteRevoked } from './revoked-answer.js';
import { startTask, type Task } from './scheduler.js';

/** A beat every 5 minutes, ±20 %: a kiosk is stale after three missed beats. */
export const BEAT_INTERVAL_MS = 5 * 60_000;

/** What a beat reads about the tablet itself; tests pass their own. */
export interface DeviceFacts {
  storage?: Pick<StorageManager, 'estimate' | 'persisted'>;
  screen?: { width: number; height: number; orientation?: { type: string } };
}

/** How a beat reaches the server; tests pass their own fetch, device facts and window. */
export interface HeartbeatOptions extends DeviceFacts {
  fetch?: typeof fetch;
  baseUrl?: string;
  win?: EventTarget;
}

/** What became of one beat: `skipped` when the tablet is not enrolled or is revoked. */
export type BeatOutcome = 'sent' | 'skipped' | 'revoked';

const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
const clamp = (n: number, max: number) => Math.min(max, Math.max(0, Math.round(n)));

/** The facts given, else the browser's own (where it has them). */
function deviceFacts(given: DeviceFacts): DeviceFacts {
  return {
    storage: given.storage ?? (typeof navigator === 'undefined' ? undefined : navigator.storage),
    screen: given.screen ?? (typeof screen === 'undefined' ? undefined : screen),
  };
}

/**
 * This tablet's state as a beat carries it: versions, outbox counts, storage, last sync, screen.
 * Never visitor data, never usage.
 */
export async function collectBeat(seq: number, given: DeviceFacts = {}): Promise<Heartbeat> {
  const facts = deviceFacts(given);
  const [content, settings, outbox, estimate, persisted] = await Promise.all([
    // The content state as content-store.ts's readContentState reads it. Not imported from there: that
    // made the bundler split IndexedDB's code out of the first screen's file, which costs it bytes.
    kioskDb().then(async (db) => (await db.get('meta', 'content')) ?? EMPTY_STATE),
    appliedSettings(),
    outboxCounts(),
    facts.storage?.estimate?.().catch(() => undefined),
    facts.storage?.persisted?.().catch(() => null),
  ]);
  const orientation = facts.screen?.orientation?.type.split('-')[0];
  return {
    seq,
    appVersion,
    contentVersion: content.active,
    settingsVersion: settings?.version ?? null,
    outboxPending: clamp(outbox.pending, 1_000_000),
    outboxRejected: clamp(outbox.rejected, 1_000_000),
    storageUsed: estimate?.usage === undefined ? null : clamp(estimate.usage, Number.MAX_SAFE_INTEGER),
    storageQuota: estimate?.quota === undefined ? null : clamp(estimate.quota, Number.MAX_SAFE_INTEGER),
    persisted: persisted ?? null,
    lastSyncAt: content.lastSyncAt,
    lastError: content.lastError?.slice(0, 300) ?? null,
    orientation: orientation === 'landscape' || orientation === 'portrait' ? orientation : null,
    screenWidth: clamp(facts.screen?.width ?? 0, 20_000),
    screenHeight: clamp(facts.screen?.height ?? 0, 20_000),
  };
}

/**
 * Sends one beat, if the tablet is enrolled and not revoked, and takes in the answer: new
 * settings wait for the next idle reset, a new name or branch is kept, a revoked token is marked.
 * Rejects when the beat did not arrive; it is not queued, the next beat carries the state.
 */
export async function sendBeat(options: HeartbeatOptions = {}): Promise<BeatOutcome> {
  const [identity, token, revoked] = await Promise.all([readKioskIdentity(), readDeviceToken(), isRevoked()]);
  if (!identity || !token || revoked) return 'skipped';
  const beat = await collectBeat(await nextBeatSeq(), options);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const response = await doFetch(`${options.baseUrl ?? ''}/api/kiosk/heartbeat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(beat),
    signal: AbortSignal.timeout(15_000),
  });
  if (await noteRevoked(response)) return 'revoked';
  if (!response.ok) throw new HttpError(response.status, `heartbeat: HTTP ${response.status}`);
  const answer = (await response.json()) as HeartbeatAnswer;
  if (answer.settings) await storePendingSettings(answer.settings);
  const { id, name, branchId, branchName } = answer.kiosk;
  if (
    id !== identity.id ||
    name !== identity.name ||
    branchId !== identity.branchId ||
    branchName !== identity.branchName
  ) {
    await saveKioskIdentity({ id, name, branchId, branchName });
  }
  return 'sent';
}

let task: Task | undefined;

/**
 * Beats at once, then every 5 minutes (±20 %) and whenever the network comes back. A failed beat
 * waits for the next one, never a quicker retry. Beating stops while the tablet is not enrolled or
 * is revoked, and starts again when it is enrolled. Returns the function that stops it all.
 */
export function startHeartbeat(options: HeartbeatOptions = {}): () => void {
  const start = () => {
    task?.stop();
    const beating = startTask({
      run: async () => {
        // Nothing to report until the tablet is enrolled again.
        if ((await sendBeat(options)) !== 'sent') stopBeating(beating);
      },
      intervalMs: BEAT_INTERVAL_MS,
      jitter: 0.2,
      on: { online: true },
      win: options.win,
    });
    task = beating;
  };
  const stopBeating = (which: Task | undefined) => {
    which?.stop();
    if (task === which) task = undefined;
  };
  const unlisten = onDeviceChange((change) => {
    if (change === 'enrolled') start();
    if (change === 'revoked') stopBeating(task);
  });
  start();
  return () => {
    unlisten();
    stopBeating(task);
  };
}

/**
 * A beat now (start-up, the idle reset, the status screen's "sync now"), after any beat under way.
 * Resolves when it is over, arrived or not.
 */
export function beatNow(options: HeartbeatOptions = {}): Promise<void> {
  if (task) return task.runNow();
  return sendBeat(options).then(
    () => undefined,
    () => undefined,
  );
}
