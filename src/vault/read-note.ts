/**
 * Reads one note file safely: size limit, binary and encoding checks, BOM and line-ending normalisation.
 * Never throws for a bad file; it becomes a problem entry so the rest of the vault still produces items.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Problem } from '../generate/item.js';
import type { NoteLocation } from './find-notes.js';
import type { NoteFile } from './types.js';

/** Notes larger than this are not read: no revision note is 5 MB, and reading 50 MB would stall the run. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly file: NoteFile }
  | { readonly ok: false; readonly problem: Problem };

/** Reads the note at `location`; returns the file or the problem that kept it out. */
export async function readNote(location: NoteLocation): Promise<ReadResult> {
  const { path } = location;
  try {
    const info = await stat(location.absolutePath);
    if (info.size > MAX_NOTE_BYTES) {
      return fail(
        path,
        `file too large (${formatMegabytes(info.size)}, limit ${formatMegabytes(MAX_NOTE_BYTES)})`,
      );
    }
    const bytes = await readFile(location.absolutePath);
    const decoded = decodeNote(bytes);
    if (!decoded.ok) return fail(path, decoded.reason);
    const hash = createHash('sha256').update(bytes).digest('hex');
    return { ok: true, file: { path, text: decoded.text, size: bytes.length, mtimeMs: info.mtimeMs, hash } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail(path, `file could not be read (${code})`);
  }
}

/**
 * Bytes → note text: rejects binary and invalid UTF-8, strips a BOM, turns CRLF and lone CR into `\n`. A file that
 * opens with a UTF-16 byte order mark (Windows Notepad's "Unicode") is read as UTF-16.
 */
export function decodeNote(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    let wide: string;
    try {
      wide = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'not valid UTF-16 text' };
    }
    if (wide.includes('\0')) return { ok: false, reason: 'binary file (contains NUL characters)' };
    return { ok: true, text: wide.replace(/\r\n/g, '\n').replace(/\r/g, ' ') };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    // fatal: true turns a bad byte sequence into an error instead of silent U+FFFD; the BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  return { ok: true, text: text.replace(/\r\n/g, '\n').replace(/\r/g, ' ') };
}

/** The UTF-16 encoding a byte order mark names (FF FE little-endian, FE FF big-endian), if the file opens with one. */
function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function fail(path: string, message: string): ReadResult {
  return { ok: false, problem: { path, message } };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
