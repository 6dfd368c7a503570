/** knowledge/: a parsed note → facts, concepts, definitions, questions, arguments, explicit cards (pure). */
import type { Block, HeadingBlock, ListItem, ParsedNote } from '../markdown/tree.js';
import { UNBOUNDED, type WorkBudget } from '../work-budget.js';
import { isEnglish, isMostlyPast } from './language.js';
import type { NoteKnowledge } from './model.js';
import { findKnownNames, findPeople } from './people.js';
import { headingSubject } from './subject.js';
import { walkNote } from './walk.js';

export type * from './model.js';

/**
 * Extracts everything recollect can ask about from one parsed note. `budget` is spent as the note is walked
 * (throws WorkBudgetExceededError when it runs out).
 */
export function extractKnowledge(note: ParsedNote, budget: WorkBudget = UNBOUNDED): NoteKnowledge {
  const texts = collectTexts(note.blocks);
  const sections = sectionTexts(note.blocks);
  budget.check();
  const sectionText = (h: HeadingBlock): string => sections.get(h) ?? '';
  const knownNames = findKnownNames(texts);
  const headingPeople = note.blocks
    .filter((b): b is HeadingBlock => b.type === 'heading')
    .map((h) => headingSubject(h.content.text, sectionText(h)))
    .filter((s) => s?.person && !s.plural)
    .map((s) => s!.name);
  for (const p of headingPeople) knownNames.add(p);
  const people = findPeople(texts, knownNames, headingPeople);
  const english = isEnglish(texts.join(' '));
  const past = isMostlyPast(texts.join(' '));
  budget.check();
  const walked = walkNote(note, { knownNames, people, past, sectionText, budget });
  budget.check();
  return {
    path: note.path,
    title: note.title,
    tags: note.tags,
    english,
    past,
    ...walked,
    people: [...people].sort(),
  };
}

/** Enough of each text to learn the note's names; the rest of a pathological line adds nothing but time. */
const MAX_TEXT_FOR_NAMES = 2000;

function collectTexts(blocks: readonly Block[]): string[] {
  return collectFullTexts(blocks).map((t) =>
    t.length > MAX_TEXT_FOR_NAMES ? t.slice(0, MAX_TEXT_FOR_NAMES) : t,
  );
}

function collectFullTexts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const items = (list: readonly ListItem[]): void => {
    for (const item of list) {
      out.push(item.content.text);
      items(item.children);
    }
  };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(b.content.text);
    else if (b.type === 'list') items(b.items);
    else if (b.type === 'callout') {
      out.push(b.title.text);
      out.push(...collectTexts(b.blocks));
    } else if (b.type === 'quote') out.push(...collectTexts(b.blocks));
    else if (b.type === 'table') for (const row of b.rows) out.push(...row.map((c) => c.text));
  }
  return out;
}

/**
 * The text under each heading, up to the next heading (of any level). One pass over the blocks: a note of
 * 50,000 headings must not copy the rest of the note once per heading.
 */
function sectionTexts(blocks: readonly Block[]): Map<HeadingBlock, string> {
  const map = new Map<HeadingBlock, string>();
  let heading: HeadingBlock | undefined;
  let parts: string[] = [];
  const close = (): void => {
    if (heading) map.set(heading, parts.join('\n'));
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      close();
      heading = block;
      parts = [];
    } else if (heading) parts.push(...collectTexts([block]));
  }
  close();
  return map;
}
