/**
 * YAML frontmatter: a first line `---` up to the next `---` (or `...`) line. Broken YAML counts as no
 * data, but its lines are still not part of the note body.
 */
import { createRequire } from 'node:module';
import type { Frontmatter } from './tree.js';

type YamlParse = (source: string, options: Record<string, unknown>) => unknown;
let yamlParse: YamlParse | undefined;

/**
 * Set by the CLI bundle (scripts/bundle-cli.ts) to the one file it makes of the `yaml` package: loading its ~40
 * files one by one cost ~50 ms of a fresh `recollect scan`, the single file ~10 ms.
 */
declare const RECOLLECT_BUNDLED_YAML: string | undefined;

/** The YAML parser, loaded on the first note that has frontmatter: notes without it never pay its start-up. */
function parse(source: string, options: Record<string, unknown>): unknown {
  const from = typeof RECOLLECT_BUNDLED_YAML === 'string' ? RECOLLECT_BUNDLED_YAML : 'yaml';
  yamlParse ??= (createRequire(import.meta.url)(from) as { parse: YamlParse }).parse;
  return yamlParse(source, options);
}

export const NO_FRONTMATTER: Frontmatter = { tags: [], aliases: [], excluded: false, data: {} };

/** Frontmatter found at the top of a note, and how many lines it spans (0 when absent). */
export interface FrontmatterSplit {
  readonly frontmatter: Frontmatter;
  readonly lineCount: number;
}

function closingLine(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return -1;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).trimEnd();
    if (line === '---' || line === '...') return i;
  }
  return -1;
}

function parseYaml(source: string): Record<string, unknown> {
  try {
    const value: unknown = parse(source, { uniqueKeys: false, maxAliasCount: 100, prettyErrors: false });
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {}; // broken YAML: the note is still read, without frontmatter data
  }
}

function strings(value: unknown): string[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
}

/**
 * Tags from `tags: [a, b]`, `tags: a, b` or `tags: "#a b"`: names without '#'. A list entry is one tag even
 * with a space in it (`exam prep`); only a single string is split on spaces and commas.
 */
export function tagList(value: unknown): string[] {
  const names = Array.isArray(value)
    ? strings(value).flatMap((item) => item.split(','))
    : strings(value).flatMap((item) => item.split(/[\s,]+/));
  return names.map((name) => name.trim().replace(/^#+/, '').trim()).filter((name) => name !== '');
}

/** Aliases from a YAML list (kept whole) or a comma-separated string. */
export function aliasList(value: unknown): string[] {
  const names = Array.isArray(value) ? strings(value) : strings(value).flatMap((item) => item.split(','));
  return names.map((name) => name.trim()).filter((name) => name !== '');
}

/** Reads the frontmatter of a note given as lines (already `\n`-split). */
export function readFrontmatter(lines: readonly string[]): FrontmatterSplit {
  const close = closingLine(lines);
  if (close === -1) return { frontmatter: NO_FRONTMATTER, lineCount: 0 };
  const data = parseYaml(lines.slice(1, close).join('\n'));
  const tags = tagList(data.tags ?? data.tag);
  const aliases = aliasList(data.aliases ?? data.alias);
  const excluded = data.recollect === false || data.recollect === 'false';
  return { frontmatter: { tags: [...new Set(tags)], aliases, excluded, data }, lineCount: close + 1 };
}
