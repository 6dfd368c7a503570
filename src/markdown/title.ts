/**
 * A note's title from its `# heading`, read in linear time. The regex this replaces
 * (`/^#\s+(.+?)\s*#*\s*$/`) backtracked cubically on `# a` + 10,000 spaces + `x` and froze a scan for minutes.
 */

/** The text of `line` when it is a level-1 ATX heading (`# Title ##`), else undefined. */
export function atxHeadingText(line: string): string | undefined {
  if (line.charCodeAt(0) !== 0x23 /* # */) return undefined;
  const rest = line.slice(1);
  const content = rest.trimStart();
  if (content === rest) return undefined; // `#tag`: no space after the hash
  let end = content.trimEnd();
  // A closing sequence of hashes is not part of the title (`# Title ##`).
  let hashes = end.length;
  while (hashes > 0 && end.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes > 0) end = end.slice(0, hashes).trimEnd();
  return end === '' ? undefined : end;
}

/** The file name without folders and `.md`. */
export function fileTitle(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}

/**
 * `title: Structure of the Heart` (or quoted) among a note's front-matter lines: the title its author gave it (as
 * Quartz, Jekyll and Obsidian's title plugins show it). Only a one-line plain or quoted value counts.
 */
export function frontmatterTitle(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = /^title:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) continue;
    let value = m[1]!;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote))
      value = value.slice(1, -1).trim();
    else if (/^[|>[{&*!#]/.test(value)) return undefined;
    return value === '' || value.length > 200 ? undefined : value;
  }
  return undefined;
}

/**
 * A note's title as its lists and pages show it, the same rule as the parser's (`parseNote`): the front matter's
 * `title:`, else the `# heading` the note opens with, unless the note has more level-1 headings (then they are its
 * sections, and the first names only the first section); otherwise the file name. Linear in the text.
 */
export function noteTitle(text: string, path: string): string {
  return ownCopy(findTitle(text, path));
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 keeps a cut of 13 characters or
 * more as a view into the whole string, so a title cut from a note would keep the note's whole text alive as
 * long as the title lives (a scan keeps every note's record, title included: 100,000 notes' texts). UTF-16 both
 * ways, so every code unit (a lone surrogate too) comes back as it was.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

function findTitle(text: string, path: string): string {
  const unmarked = text.replace(/^\uFEFF/, '');
  const front = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(unmarked);
  const given = front ? frontmatterTitle(front[1]!.split(/\r?\n/)) : undefined;
  if (given !== undefined) return given;
  const body = front ? unmarked.slice(front[0].length) : unmarked;
  let title: string | undefined;
  let seenText = false;
  let fence: string | undefined;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const line = body.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      seenText = true;
      continue;
    }
    const heading = line.charCodeAt(0) === 0x23 ? atxHeadingText(line) : undefined;
    if (!seenText) {
      if (line.trim() === '') continue;
      seenText = true;
      if (heading === undefined) return fileTitle(path);
      title = heading;
    } else if (heading !== undefined) return fileTitle(path);
  }
  return title ?? fileTitle(path);
}
