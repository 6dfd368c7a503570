/**
 * The blocks a synthetic revision note is made of, one function per style. Each returns Markdown text ending
 * with a newline. The sentences follow the shapes students write (dated bullets, bold terms, "X - definition",
 * contrasts with "whereas", argument paragraphs in callouts) so the pipeline does real work on them.
 */
import type { Random } from './prng.js';
import {
  ADJECTIVES,
  CONNECTIVES,
  FILLER,
  FIRST_NAMES,
  LAST_NAMES,
  MONTHS,
  NOUNS,
  PLACES,
  ROLES,
  TERMS,
  VERBS_PAST,
} from './words.js';

/** Every style the generator can put in a note; tests check each appears in a vault. */
export const STYLES = [
  'heading',
  'nested-bullets',
  'bold-term',
  'dates',
  'callout-argument',
  'wikilink',
  'prose',
  'qa',
  'table',
] as const;
export type Style = (typeof STYLES)[number];

export interface NoteContext {
  readonly random: Random;
  /** Titles of other notes, for wikilinks. */
  readonly titles: readonly string[];
}

export const person = (r: Random): string => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
const year = (r: Random): number => r.int(1780, 1990);

/** A date in one of the forms notes use: a year, a full date, a range, a month and year. */
export function dateText(r: Random): string {
  const y = year(r);
  switch (r.int(0, 4)) {
    case 0:
      return `${r.int(1, 28)} ${r.pick(MONTHS)} ${y}`;
    case 1:
      return `${y}–${y + r.int(1, 12)}`;
    case 2:
      return `${r.pick(MONTHS)} ${y}`;
    case 3:
      return `${y}-${y + r.int(1, 6)}`;
    default:
      return String(y);
  }
}

/** One factual sentence about people, places and terms. */
export function sentence(r: Random): string {
  const who = person(r);
  switch (r.int(0, 6)) {
    case 0:
      return `${who} ${r.pick(VERBS_PAST)} the ${r.pick(NOUNS)} of ${r.pick(PLACES)}`;
    case 1:
      return `${who} was ${r.pick(ROLES)} (${r.pick(ADJECTIVES)} and ${r.pick(ADJECTIVES)})`;
    case 2:
      return `The ${r.pick(TERMS)} ${r.pick(VERBS_PAST)} the ${r.pick(NOUNS)}, ${r.pick(CONNECTIVES)} the ${r.pick(NOUNS)} became ${r.pick(ADJECTIVES)}`;
    case 3:
      return `${who} wanted a ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}, whereas ${person(r)} wanted ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
    case 4:
      return `In ${dateText(r)}, ${who} ${r.pick(VERBS_PAST)} the ${r.pick(TERMS)}`;
    case 5:
      return `Opposition to the ${r.pick(TERMS)} grew in ${r.pick(PLACES)} after the ${r.pick(NOUNS)} were ${r.pick(VERBS_PAST)}`;
    default:
      return `${who} ${r.pick(VERBS_PAST)} the ${r.pick(TERMS)} because the ${r.pick(NOUNS)} were ${r.pick(ADJECTIVES)}`;
  }
}

export function heading(r: Random, level: number): string {
  const topic = r.chance(0.5) ? person(r) : `The ${r.pick(TERMS)}`;
  return `${'#'.repeat(level)} ${topic}\n`;
}

/** Bullets nested two or three deep, indented with tabs in some notes and spaces in others. */
export function nestedBullets(r: Random): string {
  const indent = r.chance(0.6) ? '\t' : r.pick(['  ', '    ']);
  const lines: string[] = [];
  for (let i = r.int(2, 4); i > 0; i--) {
    lines.push(`- ${sentence(r)}`);
    for (let j = r.int(0, 2); j > 0; j--) {
      lines.push(`${indent}- ${sentence(r)}`);
      if (r.chance(0.25)) lines.push(`${indent}${indent}- ${sentence(r)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** "**Term** - definition" bullets, and bold terms inside sentences. */
export function boldTerms(r: Random): string {
  const lines: string[] = [];
  for (let i = r.int(2, 4); i > 0; i--) {
    const term = r.pick(TERMS);
    lines.push(
      r.chance(0.5)
        ? `- **${term}** - a ${r.pick(ADJECTIVES)} policy on the ${r.pick(NOUNS)} that ${r.pick(VERBS_PAST)} the ${r.pick(NOUNS)}`
        : `- ${person(r)} created the **${term}** to control the ${r.pick(NOUNS)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Dated bullets: "**1922** - …", "4 March 1850: …", ranges. */
export function datedBullets(r: Random): string {
  const lines: string[] = [];
  for (let i = r.int(3, 6); i > 0; i--) {
    const date = dateText(r);
    lines.push(r.chance(0.5) ? `- **${date}** - ${sentence(r)}` : `- ${date}: ${sentence(r)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An Obsidian callout holding "Arguing for/against" paragraphs, the way essay plans are written. */
export function argumentCallout(r: Random): string {
  const subject = person(r);
  const lines = [`>[!example] Activity: For and against ${subject}`, '>'];
  for (const side of ['for', 'against']) {
    const claims = [sentence(r), sentence(r), sentence(r)].join('. ');
    lines.push(`> Arguing *${side}* the policy of ${subject} - ${claims}. ${r.pick(FILLER)}`, '> ');
  }
  return `${lines.join('\n')}\n`;
}

export function wikilinks(ctx: NoteContext): string {
  const r = ctx.random;
  const targets = [r.pick(ctx.titles), r.pick(ctx.titles)];
  return `- See also [[${targets[0]}]] and [[${targets[1]}|the earlier notes]]\n`;
}

export function prose(r: Random): string {
  const sentences = Array.from({ length: r.int(3, 6) }, () => `${sentence(r)}.`);
  sentences.push(r.pick(FILLER));
  return `${sentences.join(' ')}\n`;
}

/** Explicit question lines (`Question::Answer`). */
export function questionLines(r: Random): string {
  const lines: string[] = [];
  for (let i = r.int(1, 3); i > 0; i--) {
    lines.push(`Who ${r.pick(VERBS_PAST)} the ${r.pick(TERMS)}::${person(r)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function table(r: Random): string {
  const rows = ['| Person | Role | Year |', '| --- | --- | --- |'];
  for (let i = r.int(2, 5); i > 0; i--) rows.push(`| ${person(r)} | ${r.pick(ROLES)} | ${year(r)} |`);
  return `${rows.join('\n')}\n`;
}
