/** Walks a parsed note's blocks, keeping the breadcrumb, and turns bullets and sentences into facts. */
import type { SourceRef } from '../generate/item.js';
import type {
  Block,
  CalloutBlock,
  HeadingBlock,
  ListBlock,
  ListItem,
  ParagraphBlock,
  ParsedNote,
  RichText,
  TableBlock,
} from '../markdown/tree.js';
import type { WorkBudget } from '../work-budget.js';
import { argumentFromParagraph, argumentsFromCallout } from './arguments.js';
import { conceptOf } from './concepts.js';
import { findDates } from './dates.js';
import { definitionOf, headingDefinition, headingTerm, withCategories } from './definitions.js';
import { findEntities } from './entities.js';
import { explicitFromRaw, plain } from './explicit.js';
import type { Argument, AuthorQuestion, Concept, Definition, ExplicitCard, Fact, Subject } from './model.js';
import { isQuestionHeading, questionFromSection } from './questions.js';
import { statementToFact } from './statement.js';
import { headingSubject, type PronounCandidates } from './subject.js';
import { datedRows, definitionsFromTable, flashcardsFromTable, isDateTable } from './tables.js';
import { splitSentences, words } from './text.js';

interface Frame {
  readonly level: number;
  readonly text: string;
  readonly subject?: Subject;
}

export interface WalkResult {
  facts: Fact[];
  concepts: Concept[];
  definitions: Definition[];
  questions: AuthorQuestion[];
  arguments: Argument[];
  explicit: ExplicitCard[];
}

export interface WalkOptions {
  readonly knownNames: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly past: boolean;
  readonly sectionText: (heading: HeadingBlock) => string;
  /** Spent once per block and bullet walked. */
  readonly budget?: WorkBudget;
}

const MAX_CONTEXT = 80;
const MAX_STEP_WORDS = 8;

/** Walks the note and collects its knowledge. */
export function walkNote(note: ParsedNote, options: WalkOptions): WalkResult {
  const out: WalkResult = {
    facts: [],
    concepts: [],
    definitions: [],
    questions: [],
    arguments: [],
    explicit: [],
  };
  const frames: Frame[] = [];
  const blocks = note.blocks;
  const skipTitle =
    blocks[0]?.type === 'heading' && blocks[0].level === 1 && blocks[0].content.text === note.title;
  const walker = new Walker(note, options, out);
  let consumed = -1;
  let skipThrough = -1;
  blocks.forEach((block, index) => {
    options.budget?.spend();
    if (index === consumed || index <= skipThrough) return;
    if (block.type === 'heading') {
      if (index === 0 && skipTitle) return;
      while (frames.length > 0 && frames[frames.length - 1]!.level >= block.level) frames.pop();
      const subject = headingSubject(block.content.text, options.sectionText(block));
      frames.push({ level: block.level, text: block.content.text, ...(subject ? { subject } : {}) });
      // "#### Mandamus" with "compels a public official …" right below it: a term and its meaning.
      const below = blocks[index + 1];
      const term = below?.type === 'paragraph' && block.level >= 2 ? headingTerm(block.content) : undefined;
      const first = term && below?.type === 'paragraph' ? statementsOf(below)[0] : undefined;
      const definition =
        term &&
        first &&
        headingDefinition(
          term,
          first.text,
          walker.context(frames.slice(0, -1)),
          walker.source(first.line, first.endLine),
        );
      if (definition) out.definitions.push(definition);
      if (isQuestionHeading(block.content.text)) {
        const q = questionFromSection(
          block,
          sectionAfter(blocks, index),
          walker.context(frames.slice(0, -1)),
          note.path,
        );
        if (q) out.questions.push(q);
      }
      return;
    }
    const next = blocks[index + 1];
    if (block.type === 'paragraph' && next?.type === 'list' && walker.cardWithList(block, next, frames)) {
      consumed = index + 1;
      return;
    }
    if (block.type === 'paragraph') {
      const taken = walker.cardWithBlocks(block, blocks.slice(index + 1), frames);
      if (taken > 0) {
        skipThrough = index + taken;
        return;
      }
    }
    walker.block(block, frames);
  });
  out.definitions = withCategories(out.definitions);
  return out;
}

/** At most this many blocks are read as one card's answer. */
const MAX_CARD_BLOCKS = 12;

/** A block as one part of a card's answer: a heading as its label ("Reserved Forest:"), a list as "a; b; c". */
function blockText(block: Block): string | undefined {
  switch (block.type) {
    case 'heading':
      return `${plain(block.content.text)}:`;
    case 'paragraph':
      return plain(block.content.text);
    case 'list':
      return block.items
        .map((i) => plain(i.content.text).replace(/[.;]$/, ''))
        .filter(Boolean)
        .join('; ')
        .concat('.');
    default:
      return undefined;
  }
}

/** The blocks after `blocks[index]` up to the next heading: only its own section, never the rest of the note. */
function sectionAfter(blocks: readonly Block[], index: number): readonly Block[] {
  let end = index + 1;
  while (end < blocks.length && blocks[end]?.type !== 'heading') end++;
  return blocks.slice(index + 1, end);
}

class Walker {
  constructor(
    private readonly note: ParsedNote,
    private readonly options: WalkOptions,
    private readonly out: WalkResult,
  ) {}

  context(frames: readonly Frame[], extra: readonly string[] = []): string[] {
    // "## " with nothing after it, or a bullet that only holds a numbered list ("- 10. Precedent"): a part of no
    // words, which the breadcrumb would show as nothing.
    const parts = [...frames.map((f) => f.text), ...extra.map(shorten)].filter((text) => text.trim() !== '');
    return [this.note.title, ...parts];
  }

  source(line: number, endLine: number): SourceRef {
    return { path: this.note.path, line, endLine };
  }

  block(block: Block, frames: readonly Frame[], extra: readonly string[] = []): void {
    switch (block.type) {
      case 'paragraph':
        this.paragraph(block, frames, extra);
        return;
      case 'list':
        this.sequence(block, frames, extra);
        for (const item of block.items) this.item(item, frames, undefined, extra);
        return;
      case 'callout':
        this.callout(block, frames);
        return;
      case 'quote':
        for (const inner of block.blocks) this.block(inner, frames, extra);
        return;
      case 'table':
        this.table(block, frames, extra);
        return;
      case 'heading':
        return;
    }
  }

  /** Only the nearest heading names the subject: an outer "China" says nothing about "### Shang Dynasty". */
  private headingSubject(frames: readonly Frame[]): Subject | undefined {
    const subject = frames[frames.length - 1]?.subject;
    if (!subject || subject.person || subject.place || !this.options.people.has(subject.name)) return subject;
    return { ...subject, person: true };
  }

  /**
   * "What causes myopia?\n?\nIt can be caused by:" followed by a list: the list is the rest of the card's answer.
   * True when the paragraph was such a card and the list was taken into it.
   */
  cardWithList(block: ParagraphBlock, list: ListBlock, frames: readonly Frame[]): boolean {
    const context = this.context(frames);
    const cards = explicitFromRaw(block.raw, context, this.source(block.line, block.endLine));
    const card = cards.length === 1 ? cards[0] : undefined;
    if (!card || !/:-?\s*$/.test(card.answer)) return false;
    const elements = list.items.map((i) => plain(i.content.text)).filter(Boolean);
    if (elements.length === 0) return false;
    this.out.explicit.push({
      ...card,
      answer: `${card.answer.replace(/:-?\s*$/, ':')} ${elements.join('; ')}`,
      source: { ...card.source, endLine: list.endLine },
    });
    return true;
  }

  /**
   * "What are the types of forests?\n?" with the answer written on the lines right below it, headings and lists
   * included, up to the first blank line (or the review comment another tool left there): the blocks that follow
   * without a gap are (the rest of) the card's answer. Returns how many blocks after the paragraph were taken (0: not
   * such a card, or a card that ends with its paragraph).
   */
  cardWithBlocks(block: ParagraphBlock, after: readonly Block[], frames: readonly Frame[]): number {
    const lines = block.raw.split('\n');
    const at = lines.findIndex((l) => /^\s*\?\??\s*$/.test(l));
    if (at <= 0) return 0;
    const separator = lines[at]!.trim();
    const prompt = plain(lines.slice(0, at).join(' '));
    if (!prompt) return 0;
    // "What are the types of pollination?\n?\nSelf-pollination: …" and "## Cross-pollination" right below: the
    // card goes on (other tools end a card at a blank line, not at a heading or a list).
    const first = plain(lines.slice(at + 1).join(' '));
    if (first && after[0]?.line !== block.endLine + 1) return 0;
    const parts: string[] = first ? [first] : [];
    let end = block.endLine;
    let taken = 0;
    for (const next of after) {
      if (next.line !== end + 1 || taken >= MAX_CARD_BLOCKS) break;
      const text = blockText(next);
      if (text === undefined) break;
      // "It contains" and a list below: the list is what it contains.
      const last = parts.length - 1;
      if (next.type === 'list' && last >= 0 && !/[.:;!?]$/.test(parts[last]!)) parts[last] += ':';
      parts.push(text);
      end = next.endLine;
      taken++;
    }
    const answer = parts.join(' ').replace(/:\s*$/, '').trim();
    if (taken === 0 || !answer) return 0;
    this.out.explicit.push({
      prompt,
      answer,
      bothWays: separator === '??',
      context: this.context(frames),
      source: this.source(block.line, end),
    });
    return taken;
  }

  private paragraph(block: ParagraphBlock, frames: readonly Frame[], extra: readonly string[]): void {
    const context = this.context(frames, extra);
    const explicit = explicitFromRaw(block.raw, context, this.source(block.line, block.endLine));
    if (explicit.length > 0) {
      this.out.explicit.push(...explicit);
      return;
    }
    const argument = argumentFromParagraph(block, context, this.note.path);
    if (argument) {
      this.addArguments([argument]);
      return;
    }
    let previous: Fact | undefined;
    for (const statement of statementsOf(block)) {
      const content = { text: statement.text, marks: marksWithin(block.content, statement.text) };
      const fact = statementToFact({
        content,
        context,
        source: this.source(statement.line, statement.endLine),
        origin: 'sentence',
        candidates: this.candidates(frames, previous),
        knownNames: this.options.knownNames,
        people: this.options.people,
        past: this.options.past,
      });
      this.out.facts.push(fact);
      const definition = definitionOf(content, fact);
      if (definition) this.out.definitions.push(definition);
      previous = fact;
    }
  }

  private item(
    item: ListItem,
    frames: readonly Frame[],
    parent: Fact | undefined,
    extra: readonly string[],
  ): void {
    this.options.budget?.spend();
    const context = this.context(frames, extra);
    const source = this.source(item.line, item.endLine);
    const explicit = explicitFromRaw(item.raw, context, source);
    if (explicit.length > 0) {
      this.out.explicit.push(...explicit);
      return;
    }
    const fact = statementToFact({
      content: item.content,
      context,
      source: { ...source, endLine: item.children.length > 0 ? item.line : item.endLine },
      origin: 'bullet',
      ...(parent ? { parent } : {}),
      parentShown: parent !== undefined && (extra[extra.length - 1] ?? '').trim() !== '',
      candidates: this.candidates(frames, parent),
      knownNames: this.options.knownNames,
      people: this.options.people,
      past: this.options.past,
    });
    const children: Fact[] = [];
    const childExtra = [...extra, item.content.text];
    for (const child of item.children) {
      const before = this.out.facts.length;
      this.item(child, frames, fact, childExtra);
      const direct = this.out.facts.slice(before).find((f) => f.source.line === child.line);
      if (direct) children.push(direct);
    }
    const full: Fact = { ...fact, children };
    this.out.facts.push(full);
    const concept = conceptOf(full);
    if (concept) this.out.concepts.push(concept);
    const definition = definitionOf(item.content, full);
    if (definition) this.out.definitions.push(definition);
  }

  /** A numbered list of short steps under a heading ("Security life cycle: 1. Categorise 2. Select …"). */
  private sequence(block: ListBlock, frames: readonly Frame[], extra: readonly string[]): void {
    const title = extra[extra.length - 1] ?? frames[frames.length - 1]?.text;
    const steps = block.items.map((i) => i.content.text.trim());
    const short = steps.every((s) => s && words(s).length <= MAX_STEP_WORDS);
    if (!block.ordered || !title || steps.length < 3 || steps.length > 9 || !short) return;
    // "Characters", "Table of Contents", "Nucleotides": numbered, but in no order of their own.
    if (!NAMES_AN_ORDER.test(title)) return;
    if (block.items.some((i) => i.children.length > 0)) return;
    this.out.questions.push({
      question: inOrder(title),
      answers: steps.map((s) => s.replace(/[.;]$/, '')),
      sequence: true,
      context: this.context(frames, extra),
      source: this.source(block.line, block.endLine),
    });
  }

  private table(block: TableBlock, frames: readonly Frame[], extra: readonly string[]): void {
    const context = this.context(frames, extra);
    const flashcards = flashcardsFromTable(block, context, this.note.path);
    if (flashcards) {
      this.out.explicit.push(...flashcards);
      return;
    }
    if (!isDateTable(block)) {
      this.out.definitions.push(...definitionsFromTable(block, context, this.note.path));
      return;
    }
    for (const row of datedRows(block)) {
      this.out.facts.push(
        statementToFact({
          content: { text: row.text, marks: [] },
          context,
          source: this.source(row.line, row.line),
          origin: 'table',
          candidates: { parentPeople: [] },
          knownNames: this.options.knownNames,
          people: this.options.people,
          past: this.options.past,
        }),
      );
    }
  }

  private callout(block: CalloutBlock, frames: readonly Frame[]): void {
    const context = this.context(frames);
    const args = argumentsFromCallout(block, context, this.note.path);
    if (args.length > 0) {
      this.addArguments(args);
      return;
    }
    const title = block.title.text;
    for (const inner of block.blocks) this.block(inner, frames, title ? [title] : []);
  }

  /** Arguments are asked whole; their dated sentences still go on the timeline. */
  private addArguments(args: readonly Argument[]): void {
    this.out.arguments.push(...args);
    for (const argument of args) {
      let people: string[] = [];
      for (const sentence of splitSentences(argument.model)) {
        const named = findEntities(sentence, this.options.knownNames)
          .map((e) => e.text)
          .filter((n) => this.options.people.has(n));
        if (findDates(sentence).length > 0) {
          this.out.facts.push(
            statementToFact({
              content: { text: sentence, marks: [] },
              context: [...argument.context, argument.prompt],
              source: argument.source,
              origin: 'argument',
              candidates: { parentPeople: people },
              knownNames: this.options.knownNames,
              people: this.options.people,
              past: this.options.past,
            }),
          );
        }
        if (named.length > 0) people = named;
      }
    }
  }

  private candidates(frames: readonly Frame[], parent: Fact | undefined): PronounCandidates {
    const headingSubject = this.headingSubject(frames);
    const parentPeople = parent
      ? parent.terms.filter((t) => this.options.people.has(t.text)).map((t) => t.text)
      : [];
    const marked = parent?.terms.find(
      (t) => t.origin !== 'name' && t.origin !== 'number' && t.origin !== 'acronym',
    );
    const parentTerm = marked ? withArticle(parent!.text, marked.text) : undefined;
    return {
      ...(parent?.subject ? { parentSubject: parent.subject } : {}),
      parentPeople,
      ...(parentTerm ? { parentTerm } : {}),
      ...(headingSubject ? { headingSubject } : {}),
    };
  }
}

/**
 * A title that says its list has an order of its own: steps, stages, a cycle, a hierarchy, a chain, a descent.
 * Rated blind (quality/ratings/): 77 of 91 clozes of such lists were acceptable, 9 of 31 of numbered lists under
 * other titles ("Characters", "Table of Contents", "Nucleotides").
 */
const NAMES_AN_ORDER =
  /\b(?:order|orders|ordered|steps?|stages?|sequence|phases?|process|procedure|cycle|lifecycle|hierarch\w*|chain|descent|levels?|ranks?|ranking|timeline|chronolog\w*|progression|pyramid|algorithm|how to)\b/i;

/** "Mitosis, in order:"; a title that already says so ("Steps in order") keeps its own words. */
function inOrder(title: string): string {
  const t = title.replace(/[\s:.,;?–—-]+$/, '');
  return /\b(?:order|steps|stages|sequence)\b/i.test(t) ? `${t}:` : `${t}, in order:`;
}

/** "the Theory of Permanent Revolution" when the text says "the" before the term. */
function withArticle(text: string, term: string): string {
  const i = text.indexOf(term);
  const before = text.slice(Math.max(0, i - 4), i).toLowerCase();
  return before.endsWith('the ') ? `the ${term}` : term;
}

/**
 * The statements of a paragraph: its sentences, and also its lines when each line is a statement of its own
 * ("Router - a device …" / "Switch - a device …" written on consecutive lines without bullets).
 */
function statementsOf(block: ParagraphBlock): { text: string; line: number; endLine: number }[] {
  const rawLines = block.raw.split('\n');
  const whole = [{ text: block.content.text, line: block.line, endLine: block.endLine }];
  if (rawLines.filter((l) => l.trim()).length < 2) return withSentences(whole);
  const chunks: { text: string; line: number; endLine: number }[] = [];
  const text = block.content.text;
  let chunkStart = 0;
  let chunkLine = block.line;
  for (let i = 1; i < rawLines.length; i++) {
    const previous = rawLines[i - 1]!.trim();
    const next = rawLines[i]!.trim();
    if (
      !next ||
      !startsStatement(next) ||
      /[,;:(]$|\b(?:and|or|but|the|a|an|of|to|in|with|for)$/i.test(previous)
    ) {
      continue;
    }
    const anchor = plainStart(next);
    const at = anchor ? text.indexOf(anchor, chunkStart + 1) : -1;
    if (at <= chunkStart) continue;
    chunks.push({ text: text.slice(chunkStart, at).trim(), line: chunkLine, endLine: block.line + i - 1 });
    chunkStart = at;
    chunkLine = block.line + i;
  }
  chunks.push({ text: text.slice(chunkStart).trim(), line: chunkLine, endLine: block.endLine });
  return withSentences(chunks.filter((c) => c.text));
}

function withSentences(chunks: readonly { text: string; line: number; endLine: number }[]) {
  return chunks.flatMap((c) => splitSentences(c.text).map((text) => ({ ...c, text })));
}

function startsStatement(line: string): boolean {
  return /^(?:[*_=`"“[]*)[\p{Lu}\d]/u.test(line);
}

/** The first few plain words of a raw line, to find where that line starts in the paragraph's plain text. */
function plainStart(line: string): string {
  const plain = line.replace(/[*_=`[\]]/g, '').trim();
  return plain.split(/\s+/).slice(0, 3).join(' ');
}

function marksWithin(rich: RichText, sentence: string) {
  const offset = rich.text.indexOf(sentence);
  if (offset < 0) return [];
  return rich.marks
    .filter((m) => m.start >= offset && m.end <= offset + sentence.length)
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
}

function shorten(text: string): string {
  return text.length <= MAX_CONTEXT ? text : `${text.slice(0, MAX_CONTEXT - 1).trimEnd()}…`;
}
