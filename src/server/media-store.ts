import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDirError, ensureDataDir } from './data-dir.js';

/**
 * Media files on disk under DATA_DIR/media, named by the SHA-256 of their bytes. The folder and
 * files are the server user's only (0700, 0600): unpublished drafts' media are not for other users.
 */
export function mediaStore(dataDir: string) {
  const dir = join(dataDir, 'media');
  ensureDataDir(dataDir);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // The media folder is always ours, so an older install's 0755 one is tightened too.
    chmodSync(dir, 0o700);
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
  return {
    dir,
    /** Stores the bytes (once) and returns their hash. Writes to a temporary name first, so a crash never leaves half a file under a hash. */
    put(bytes: Uint8Array): string {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const target = join(dir, hash);
      if (!existsSync(target)) {
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, bytes, { mode: 0o600 });
        renameSync(temporary, target);
      }
      return hash;
    },
    /** The bytes stored under a hash. */
    read(hash: string): Promise<Buffer> {
      return readFile(join(dir, hash));
    },
  };
}

export type MediaStore = ReturnType<typeof mediaStore>;
