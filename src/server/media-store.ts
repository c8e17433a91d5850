import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Media files on disk under DATA_DIR/media, named by the SHA-256 of their bytes. */
export function mediaStore(dataDir: string) {
  const dir = join(dataDir, 'media');
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    /** Stores the bytes (once) and returns their hash. Writes to a temporary name first, so a crash never leaves half a file under a hash. */
    put(bytes: Uint8Array): string {
      const hash = createHash('sha256').update(bytes).digest('hex');
      const target = join(dir, hash);
      if (!existsSync(target)) {
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, bytes);
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
