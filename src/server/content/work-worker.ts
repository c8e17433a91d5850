import { parentPort } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { GuideSyntaxError, type ParsedGuide, parseGuideMarkdown } from './markdown-guide.js';
import { MediaRefusal, sanitiseUpload } from './media-check.js';
import { ownedBuffer } from './owned-bytes.js';
import { checkPack, type PackOutcome } from './pack-check.js';
import type * as SvgSanitiser from './svg-sanitise.js';

/** The kinds of slow work, each with its own time budget. */
export type WorkKind = 'guide-text' | 'svg' | 'pack';

/**
 * One piece of slow work. `images` are the media paths a guide text may show; an SVG's `bytes` and
 * a pack's `body` (its file, as sent) are transferred to the worker, not copied.
 */
export type WorkTask =
  | { kind: 'guide-text'; id: number; markdown: string; images: string[] }
  | { kind: 'svg'; id: number; name: string; bytes: Uint8Array }
  | { kind: 'pack'; id: number; body: ArrayBuffer };

/** The parsed guide (images still named by path), or the parser's message. */
export type GuideTextOutcome = { ok: true; guide: ParsedGuide } | { ok: false; message: string };

/** The sanitised SVG and what was taken out, or why it is refused. */
export type SvgOutcome = { ok: true; bytes: Uint8Array; removed: string[] } | { ok: false; message: string };

/**
 * Posted when a worker starts on an item (`item` names it for messages): the budget for `kind`
 * counts from here, not from the queue. A pack posts one for each file and text it checks.
 */
export interface WorkStarted {
  workStarted: number;
  kind: WorkKind;
  item: string;
}

const started = (id: number, kind: WorkKind, item: string) =>
  parentPort?.postMessage({ workStarted: id, kind, item } satisfies WorkStarted);

// jsdom and DOMPurify cost memory and a slow first load: only a worker that meets an SVG loads them.
let svgModule: Promise<typeof SvgSanitiser> | undefined;
const svgSanitiser = () => {
  svgModule ??= import('./svg-sanitise.js');
  return svgModule;
};

/** Hands `value` back to the main thread with `buffers` moved rather than copied. */
function moving<T extends object>(value: T, buffers: ArrayBuffer[]) {
  return move({ [transferableSymbol]: buffers, [valueSymbol]: value });
}

function guideText(task: Extract<WorkTask, { kind: 'guide-text' }>): GuideTextOutcome {
  started(task.id, 'guide-text', 'The text');
  const images = new Set(task.images);
  try {
    const guide = parseGuideMarkdown(task.markdown, (path) => {
      if (!images.has(path)) throw new GuideSyntaxError(`"${path}" is not an uploaded file`);
      return path;
    });
    return { ok: true, guide };
  } catch (error) {
    if (error instanceof GuideSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

async function svg(task: Extract<WorkTask, { kind: 'svg' }>) {
  // Loaded before the budget starts: the first SVG should not pay for the library's start-up.
  const sanitiser = await svgSanitiser();
  started(task.id, 'svg', task.name);
  try {
    const { bytes, removed } = sanitiseUpload(task.name, task.bytes, sanitiser);
    const owned = ownedBuffer(bytes);
    return moving<SvgOutcome>({ ok: true, bytes: new Uint8Array(owned), removed }, [owned]);
  } catch (error) {
    if (error instanceof MediaRefusal) return { ok: false, message: error.message } satisfies SvgOutcome;
    throw error;
  }
}

async function pack(task: Extract<WorkTask, { kind: 'pack' }>) {
  const outcome: PackOutcome = await checkPack(Buffer.from(task.body), {
    started: (kind, item) => started(task.id, kind, item),
    svgSanitiser,
  });
  if (!outcome.ok) return outcome;
  const buffers = outcome.files.map((f) => ownedBuffer(f.bytes));
  const files = outcome.files.map((f, i) => ({ ...f, bytes: new Uint8Array(buffers[i] as ArrayBuffer) }));
  return moving<PackOutcome>({ ...outcome, files }, buffers);
}

/**
 * Runs in a worker thread (piscina's task function): one piece of slow work, by kind. A refusal
 * comes back as a value, since an Error crossing threads loses its class; bytes come back moved.
 */
export default function work(task: WorkTask) {
  switch (task.kind) {
    case 'guide-text':
      return guideText(task);
    case 'svg':
      return svg(task);
    case 'pack':
      return pack(task);
  }
}
