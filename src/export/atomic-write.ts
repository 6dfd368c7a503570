import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { RecollectError } from '../errors.js';
import {
  ExportFolderMissingError,
  ExportNotWritableError,
  ExportPathIsDirectoryError,
  ExportWriteError,
} from './errors.js';

/** What can be written: bytes, text, or chunks produced as they are ready. */
export type FileContent = Uint8Array | string | AsyncIterable<Uint8Array | string>;

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Refuses, with a typed error, a target that is a folder, lies in a missing folder, or may not be written. */
export async function checkWritableTarget(target: string): Promise<void> {
  const path = resolve(target);
  const targetStat = await stat(path).catch(() => undefined);
  if (targetStat?.isDirectory())
    throw new ExportPathIsDirectoryError(`${target} is a folder; give a file path`);
  const folder = dirname(path);
  const folderStat = await stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new ExportFolderMissingError(`folder ${folder} does not exist`);
  try {
    await access(folder, constants.W_OK);
    if (targetStat) await access(path, constants.W_OK);
  } catch (cause) {
    throw new ExportNotWritableError(`cannot write ${target}`, { cause });
  }
}

/**
 * Writes `content` to `target` atomically: a temporary file in the same folder, fsync, then rename over the
 * target. On failure the temporary file is removed and the target keeps its old content (or stays absent).
 */
export async function writeFileAtomic(target: string, content: FileContent): Promise<void> {
  await checkWritableTarget(target);
  const path = resolve(target);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    created = true;
    try {
      await writeAll(handle, content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    created = false;
    await syncFolder(dirname(path));
  } catch (cause) {
    if (created) await unlink(temp).catch(() => undefined);
    throw wrapWriteError(target, cause);
  }
}

async function writeAll(handle: import('node:fs/promises').FileHandle, content: FileContent): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await handle.writeFile(content);
    return;
  }
  for await (const chunk of content) await handle.writeFile(chunk);
}

// Makes the rename itself durable; some platforms cannot open folders, which is fine to ignore.
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

function wrapWriteError(target: string, cause: unknown): RecollectError {
  if (cause instanceof RecollectError) return cause;
  const code = errorCode(cause);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new ExportNotWritableError(`cannot write ${target}`, { cause });
  }
  if (code === 'EISDIR')
    return new ExportPathIsDirectoryError(`${target} is a folder; give a file path`, { cause });
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new ExportWriteError(`writing ${target} failed: ${reason}`, { cause });
}
