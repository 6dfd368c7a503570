/**
 * `serve --open` without the token on a command line: the browser is given a page in a private folder (0700,
 * the file 0600) that forwards to the app's URL, so the token never appears in the opener's argv, which every
 * local user can read in /proc. The same approach as Jupyter's redirect file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LaunchPage {
  /** The file to hand to the browser. */
  readonly path: string;
  /** Deletes the page and its folder. */
  remove(): void;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Writes a page that opens `url` (which carries the token) and is readable by this user only. */
export function writeLaunchPage(url: string, dir = tmpdir()): LaunchPage {
  const folder = mkdtempSync(join(dir, 'recollect-open-'));
  const path = join(folder, 'open.html');
  const href = escapeHtml(url);
  writeFileSync(
    path,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}">` +
      `<title>recollect</title><p><a href="${href}">Open recollect</a></p>\n`,
    { mode: 0o600 },
  );
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
