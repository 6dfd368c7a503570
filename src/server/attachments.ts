/**
 * Serving vault files (images in notes) without ever leaving the vault: the path is decoded once, refused if
 * it is absolute or climbs (`..`, `%2e%2e`), and the realpath must still lie inside the vault's realpath, so a
 * symlink pointing out of the vault is refused too. Dot-paths (`.recollect/` with the study database,
 * `.obsidian/`, `.env`) are never served, asked for directly or reached through a link: they are not found.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, sep } from 'node:path';
import { ForbiddenError, NotFoundError } from './errors.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type a vault file is served with; unknown types download as bytes. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** True when a segment of the vault-relative `path` starts with a dot (`.recollect/…`, `.env`). */
function hasDotSegment(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.startsWith('.'));
}

function decodeOnce(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new ForbiddenError('forbidden: malformed path');
  }
}

/** The real path of vault-relative `rawPath` (still URL-encoded); throws ForbiddenError or NotFoundError. */
export async function resolveAttachment(vaultRoot: string, rawPath: string): Promise<string> {
  const relative = decodeOnce(rawPath);
  const segments = relative.split(/[\\/]/);
  if (
    relative === '' ||
    relative.includes('\0') ||
    isAbsolute(relative) ||
    /^[a-z]:/i.test(relative) ||
    segments.some((s) => s === '..' || s === '.') ||
    rawPath.split('/').some((s) => decodeOnce(s) === '..')
  ) {
    throw new ForbiddenError('forbidden: attachment paths must stay inside the vault');
  }
  if (hasDotSegment(relative)) throw new NotFoundError(`no such file in the vault: ${relative}`);
  const root = await realpath(vaultRoot);
  let real: string;
  try {
    real = await realpath(join(root, relative));
  } catch {
    throw new NotFoundError(`no such file in the vault: ${relative}`);
  }
  if (!real.startsWith(root + sep)) {
    throw new ForbiddenError('forbidden: attachment paths must stay inside the vault');
  }
  if (hasDotSegment(real.slice(root.length + 1)))
    throw new NotFoundError(`no such file in the vault: ${relative}`);
  if (!(await stat(real)).isFile()) throw new NotFoundError(`not a file: ${relative}`);
  return real;
}
