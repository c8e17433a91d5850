import { useEffect, useRef, useState } from 'preact/hooks';
import { type Refusal, refusalOf, storedPath } from './media-rules.js';
import { uploadMedia } from './upload.js';

export type UploadState = 'waiting' | 'uploading' | 'done' | 'refused' | 'failed';

export interface UploadItem {
  id: number;
  name: string;
  /** Where the server will keep it (`media/<name>`). */
  path: string;
  state: UploadState;
  /** 0–1 of the bytes sent. */
  progress: number;
  /** Why the console refused the file before sending it. */
  refusal?: Refusal;
  /** What the server (or the network) answered instead of storing it. */
  error?: unknown;
}

let nextId = 1;

/**
 * The files being uploaded, one after the other (a 100 MB video should not share the line with
 * everything else), each with its progress and outcome. `onUploaded` runs after each stored file.
 */
export function useUploads(onUploaded: () => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const sending = items.some((i) => i.state === 'waiting' || i.state === 'uploading');

  useEffect(() => {
    // Leaving or reloading the page would cut an upload off: let the browser ask first.
    if (!sending) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [sending]);

  const update = (id: number, change: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const send = async (id: number, file: File) => {
    update(id, { state: 'uploading' });
    try {
      await uploadMedia(file, (progress) => update(id, { progress }));
      update(id, { state: 'done', progress: 1 });
      onUploaded();
    } catch (error) {
      update(id, { state: 'failed', error });
    }
  };

  /** Refuses at once what the browser can tell is wrong; queues the rest. */
  const check = async (id: number, file: File) => {
    const refusal = await refusalOf(file);
    if (refusal) update(id, { state: 'refused', refusal });
    else queue.current = queue.current.then(() => send(id, file));
  };

  const add = (files: Iterable<File>) => {
    const added = [...files].map((file) => ({ file, id: nextId++ }));
    if (added.length === 0) return;
    setItems((all) => [
      ...added.map(({ file, id }): UploadItem => {
        return { id, name: file.name, path: storedPath(file.name), state: 'waiting', progress: 0 };
      }),
      ...all,
    ]);
    for (const { file, id } of added) void check(id, file);
  };

  const clearFinished = () => setItems((all) => all.filter((i) => i.state === 'waiting' || i.state === 'uploading'));

  return { items, add, clearFinished };
}
