import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { checkGuideLimits } from '../src/server/content/markdown-limits.js';
import { type Figure, figure, percentile, round } from './figure.js';
import { type ServerData, type ServerUnderTest, serverData, signIn, startServerProcess } from './server-under-test.js';

const EDITORS = 2;
/** Editors start previews for this long, then wait for their last answers. */
const PREVIEW_MS = 10_000;
/** Per document, from the first preview: past this, whatever is still unanswered is cut off. */
const DEADLINE_MS = 20_000;
const POLL_EVERY_MS = 20;
const IDLE_POLLS = 50;
/** The longest guide text the preview route accepts. */
const MAX_CHARS = 100_000;
const HEAD = '# T\n\nS\n\n## St\n\n';

/**
 * The slowest guide text of the largest accepted size that the pre-scan (markdown-limits.ts) lets
 * through: lists of 100 one-word items, to 100,000 characters. Parse times measured with micromark
 * alone, on a busy machine: these lists 4.8 s, paragraphs of 100 lines 2.9 s, lists whose items run
 * on for 99 lazy lines 3.4 s, paragraphs of 199 `*a` runs 1.7 s. (Thousands of one-line quotes took
 * 170–185 s until the pre-scan capped notes at 200.) Past the pool's budget each is a 422.
 */
const WORST_ACCEPTED = (HEAD + `${'- a\n'.repeat(100)}\n`.repeat(MAX_CHARS / 401 + 1)).slice(0, MAX_CHARS);
/**
 * The finding that started the work: one paragraph of 50,000 emphasis runs, refused by the pre-scan
 * (before it, the parser took 68 s over it on the event loop).
 */
const FINDING = (HEAD + '*a'.repeat(MAX_CHARS)).slice(0, MAX_CHARS);

interface Polls {
  /** Milliseconds from sending `GET /healthz` to its whole answer, one poll at a time. */
  latencies: number[];
  /** How long the poll in flight when the deadline struck had waited (a lower bound), or null. */
  cutOff: number | null;
  statuses: Record<string, number>;
}

function count(tally: Record<string, number>, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1;
}

/**
 * Polls `/healthz` one request at a time, starting one every POLL_EVERY_MS (or at once when the
 * last took longer), until `more()` says stop or `signal` aborts. A poll cut off by `signal` is kept
 * apart as `cutOff`: its true latency is unknown, only that it was at least that.
 */
async function pollHealthz(url: string, more: (polls: Polls) => boolean, signal: AbortSignal): Promise<Polls> {
  const polls: Polls = { latencies: [], cutOff: null, statuses: {} };
  while (more(polls) && !signal.aborted) {
    const start = performance.now();
    try {
      const response = await fetch(`${url}/healthz`, { signal });
      await response.arrayBuffer();
      polls.latencies.push(performance.now() - start);
      count(polls.statuses, String(response.status));
    } catch (error) {
      if (!signal.aborted) throw error;
      polls.cutOff = performance.now() - start;
      break;
    }
    await delay(Math.max(0, start + POLL_EVERY_MS - performance.now()), undefined, { signal }).catch(() => {});
  }
  return polls;
}

/** One editor previewing `body` back to back until `until`; tallies the answers' statuses and times. */
async function previewLoop(
  server: ServerUnderTest,
  cookie: string,
  body: string,
  until: number,
  signal: AbortSignal,
  answers: { statuses: Record<string, number>; ms: number[] },
): Promise<void> {
  while (performance.now() < until && !signal.aborted) {
    const start = performance.now();
    try {
      const response = await fetch(`${server.url}/api/staff/preview`, {
        method: 'POST',
        headers: { origin: server.url, cookie, 'content-type': 'application/json' },
        body,
        signal,
      });
      await response.arrayBuffer();
      count(answers.statuses, String(response.status));
      answers.ms.push(performance.now() - start);
    } catch (error) {
      if (!signal.aborted) throw error;
      count(answers.statuses, 'unanswered at the deadline');
    }
  }
}

/**
 * A server started for this document alone (an older one may still be stuck on the last), idle
 * polls, then EDITORS previewing `markdown` while `/healthz` is polled.
 */
async function measureDocument(root: string, data: ServerData, markdown: string) {
  const server = await startServerProcess(root, data.dataDir);
  try {
    const cookie = await signIn(server, data.staff);
    const idle = await pollHealthz(server.url, (p) => p.latencies.length < IDLE_POLLS, AbortSignal.timeout(30_000));
    if (idle.statuses['200'] !== IDLE_POLLS) throw new Error(`idle /healthz: ${JSON.stringify(idle.statuses)}`);

    const body = JSON.stringify({ markdown });
    const stop = AbortSignal.timeout(DEADLINE_MS);
    const answers = { statuses: {} as Record<string, number>, ms: [] as number[] };
    const until = performance.now() + PREVIEW_MS;
    let editing = true;
    const editors = Promise.all(
      Array.from({ length: EDITORS }, () => previewLoop(server, cookie, body, until, stop, answers)),
    ).finally(() => {
      editing = false;
    });
    const [, polls] = await Promise.all([editors, pollHealthz(server.url, () => editing, stop)]);
    // Anything but a checked preview means the figure measures something else (a login, a route).
    const wrong = Object.keys(answers.statuses).filter((s) => !/^(200|400|422|503|unanswered)/.test(s));
    if (wrong.length > 0) throw new Error(`previews answered ${JSON.stringify(answers.statuses)}`);
    return { idle, polls, answers };
  } finally {
    await server.close();
  }
}

/** Builds the figure for one document from its measurement. */
function healthzFigure(name: string, what: string, run: Awaited<ReturnType<typeof measureDocument>>): Figure {
  const { polls, answers, idle } = run;
  const all = polls.cutOff === null ? polls.latencies : [...polls.latencies, polls.cutOff];
  const p99 = percentile(all, 0.99);
  const ms = (v: number) => `${round(v, 1)} ms`;
  // The cut-off poll's true latency is unknown: any figure that is that poll is only a lower bound.
  const shown = (v: number) => `${v === polls.cutOff ? '≥ ' : ''}${ms(v)}`;
  const previews = Object.entries(answers.statuses)
    .map(([status, n]) => `${status} ×${n}`)
    .join(', ');
  const cut =
    polls.cutOff === null
      ? ''
      : `; a poll was still unanswered after ${round(polls.cutOff / 1000, 1)} s when the run was stopped ${DEADLINE_MS / 1000} s in, so figures marked ≥ are lower bounds`;
  const answered = answers.ms.length > 0 ? `, answered in ${ms(percentile(answers.ms, 0.5))} (p50)` : '';
  return figure(
    name,
    round(p99, 1),
    'ms',
    200,
    `${what}; ${EDITORS} editors previewing back to back for ${PREVIEW_MS / 1000} s; /healthz polled one at a time every ${POLL_EVERY_MS} ms: ` +
      `p50 ${shown(percentile(all, 0.5))}, p99 ${shown(p99)}, max ${shown(Math.max(...all))}, n ${all.length}` +
      `, statuses ${JSON.stringify(polls.statuses)}; previews ${previews}${answered}; idle /healthz before: p50 ${ms(percentile(idle.latencies, 0.5))}, max ${ms(Math.max(...idle.latencies))}${cut}`,
  );
}

/**
 * `/healthz` while editors preview the worst guide text: the server's own process, from the
 * compiled build of the checkout at `root` (so an older commit can be measured the same way, see
 * BENCH_SERVER_ROOT below), over HTTP on loopback. Two figures: the worst document the pre-scan
 * accepts, and the finding's document, which the pre-scan refuses. Each run is bounded by DEADLINE_MS.
 */
export async function measureHealthzUnderPreview(root = process.cwd()): Promise<Figure[]> {
  // The documents must stay what their names say, whatever the limits become.
  if (checkGuideLimits(WORST_ACCEPTED) || WORST_ACCEPTED.length !== MAX_CHARS) {
    throw new Error('the worst accepted document is no longer accepted by the pre-scan');
  }
  if (!checkGuideLimits(FINDING) || FINDING.length !== MAX_CHARS) {
    throw new Error("the finding's document is no longer refused by the pre-scan");
  }
  const data = await serverData(root);
  let worst: Awaited<ReturnType<typeof measureDocument>>;
  let finding: typeof worst;
  try {
    worst = await measureDocument(root, data, WORST_ACCEPTED);
    finding = await measureDocument(root, data, FINDING);
  } finally {
    data.remove();
  }
  return [
    healthzFigure(
      'healthz p99 while editors preview the worst accepted document',
      'lists of 100 one-word items, 100,000 characters, accepted by the pre-scan',
      worst,
    ),
    healthzFigure(
      "healthz p99 while editors preview the finding's 50,000 emphasis runs",
      'one paragraph of *a, 100,000 characters, refused by the pre-scan',
      finding,
    ),
  ];
}

// `node --import tsx bench/healthz-under-preview.ts` measures just these figures; with
// BENCH_SERVER_ROOT=<another checkout, built with npm run build:server>, that checkout's server.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureHealthzUnderPreview(process.env.BENCH_SERVER_ROOT ?? process.cwd()).then(
    (figures) => {
      for (const f of figures)
        console.log(`${f.name}: ${f.value} ${f.unit} (${f.ok ? 'within' : 'OVER'} budget)\n  ${f.detail}`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
