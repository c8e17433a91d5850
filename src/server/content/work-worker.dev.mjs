// The worker entry when the server runs from its TypeScript sources (tsx, vitest). Worker threads
// do not inherit vitest's transform, and not always tsx's loader, so this plain module loads tsx
// into the worker itself and hands piscina the TypeScript task function. The compiled server uses
// work-worker.js directly and never loads this file.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./work-worker.ts', import.meta.url);

export default worker.default;
