import { parentPort } from 'node:worker_threads';
import { GuideSyntaxError, type ParsedGuide, parseGuideMarkdown } from './markdown-guide.js';

/** One guide text to check: `images` are the media paths it may show. */
export interface GuideTextTask {
  id: number;
  markdown: string;
  images: string[];
}

/** The parsed guide (images still named by path), or the parser's message. */
export type GuideTextOutcome = { ok: true; guide: ParsedGuide } | { ok: false; message: string };

/** The message a worker posts when it starts a task: the budget counts from here, not from the queue. */
export interface GuideTextStarted {
  guideTextStarted: number;
}

/**
 * Runs in a worker thread (piscina's task function): parses one guide text. A refusal comes back
 * as a value, since an Error crossing threads loses its class.
 */
export default function checkGuideText(task: GuideTextTask): GuideTextOutcome {
  parentPort?.postMessage({ guideTextStarted: task.id } satisfies GuideTextStarted);
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
