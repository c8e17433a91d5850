import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/** DATA_DIR cannot hold the server's files: the operator's to fix, so main prints it without a stack trace. */
export class DataDirError extends Error {}

/** Plain words for the file-system errors an operator meets when DATA_DIR points somewhere wrong. */
const REASONS: Record<string, string> = {
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
  EACCES: "the server's user may not write there",
  EPERM: "the server's user may not write there",
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'the disk is full',
};

/** Wraps a file-system failure under DATA_DIR in a one-line DataDirError naming the setting and the folder. */
export function dataDirError(dataDir: string, error: unknown): DataDirError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
  return new DataDirError(`DATA_DIR="${dataDir}" cannot be used: ${reason}${code ? ` (${code})` : ''}`, {
    cause: error,
  });
}

/**
 * Makes DATA_DIR if it is missing, readable by the server's user only (0700). A folder that
 * already exists keeps its mode: it may be one the operator shares (never chmod someone's /srv),
 * and the files the server keeps in it are made 0600 one by one.
 */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
}

/** Creates `file` empty if it is missing, and makes it (new or old) readable and writable by its owner only. */
export function ownerOnlyFile(dataDir: string, file: string): void {
  try {
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
}
