/** The knowledge extracted from one note: facts, concepts, questions, arguments, explicit cards. */
import type { SourceRef } from '../generate/item.js';
import type { Clause } from './clause.js';
import type { DateMention } from './dates.js';

/** Who or what a fact is about, when the fact does not say it itself. */
export interface Subject {
  readonly name: string;
  readonly person: boolean;
  readonly plural: boolean;
  /**
   * A heading that names a building or a place ("St. Denis" over "Built on the burial place of St. Denis"): never
   * taken for a person, whoever else of that name the note mentions.
   */
  readonly place?: boolean;
}

export type TermOrigin = 'bold' | 'highlight' | 'code' | 'quote' | 'wikilink' | 'name' | 'acronym' | 'number';

/** A key term of a fact: the author's marked terms first, then names, acronyms and numbers. */
export interface KeyTerm {
  readonly text: string;
  readonly origin: TermOrigin;
}

export interface Fact {
  /** The statement with subject, pronouns and connectives resolved; no trailing full stop. */
  readonly text: string;
  /** As the author wrote it (plain text). */
  readonly written: string;
  readonly subject?: Subject;
  /** True when `subject` was inserted from a heading or parent bullet (a telegraphic bullet). */
  readonly inherited: boolean;
  /** Parse of `text` as "subject verb rest", when it is that simple. */
  readonly clause?: Clause;
  readonly terms: readonly KeyTerm[];
  readonly dates: readonly DateMention[];
  /** "**1922** - …": the date labels the whole statement. */
  readonly datePrefix?: DateMention;
  /** "E.g. …": an example of its parent, not a fact to ask about on its own. */
  readonly isExample: boolean;
  /** A leading pronoun could not be resolved: only the breadcrumb can make this stand alone. */
  readonly unresolved: boolean;
  /** A bullet under another bullet whose words end the breadcrumb: "it" may stand for what that bullet names. */
  readonly underBullet?: true;
  /** A noun phrase describing the subject ("Joseph Stalin's main opponent" under "Leon Trotsky"). */
  readonly description: boolean;
  readonly context: readonly string[];
  readonly source: SourceRef;
  readonly children: readonly Fact[];
  /** `argument`: a sentence of an argument paragraph, used for the timeline only. */
  readonly origin: 'bullet' | 'sentence' | 'table' | 'argument';
}

/** A marked term explained by the bullets under it. */
export interface Concept {
  readonly term: string;
  /** "argue", "mean", "be": the verb the question uses. */
  readonly verb: 'argue' | 'be';
  readonly past: boolean;
  readonly explanation: readonly string[];
  readonly context: readonly string[];
  readonly source: SourceRef;
}

/** "Term - explanation", "Term: explanation", "X is a …", two-column table rows. */
export interface Definition {
  readonly term: string;
  readonly explanation: string;
  /** For table columns that are not a meaning ("Worst-case time"): ask "What is the <attribute> of <term>?". */
  readonly attribute?: string;
  /**
   * The kind of thing the term is, from the label its definition stands under ("type of tie" under "Types of Ties",
   * "writ" under "Writs"): set when two or more terms are explained under that label.
   */
  readonly category?: string;
  /** Read from a heading and the paragraph right below it ("#### Mandamus" / "compels …"): kept only with a kind. */
  readonly fromHeading?: true;
  readonly context: readonly string[];
  readonly source: SourceRef;
  readonly fact: string;
}

/** A heading that asks a question, answered by the bullets under it. */
export interface AuthorQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  /** A numbered list under a heading: a sequence to recall element by element, in order. */
  readonly sequence?: boolean;
  readonly context: readonly string[];
  readonly source: SourceRef;
}

/** An essay prompt with the author's paragraph as the model answer. */
export interface Argument {
  readonly prompt: string;
  readonly model: string;
  readonly checklist: readonly string[];
  readonly context: readonly string[];
  readonly source: SourceRef;
}

/** Author-marked cards: `Q::A`, `Q:::A`, multi-line `?`, `==cloze==`. */
export interface ExplicitCard {
  readonly prompt: string;
  readonly answer: string;
  /** `Q:::A` and `??` cards are asked both ways. */
  readonly bothWays: boolean;
  readonly context: readonly string[];
  readonly source: SourceRef;
}

export interface NoteKnowledge {
  readonly path: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly english: boolean;
  /** True when the note's verbs are mostly past tense (history): "Who was …?" rather than "Who is …?". */
  readonly past: boolean;
  readonly facts: readonly Fact[];
  readonly concepts: readonly Concept[];
  readonly definitions: readonly Definition[];
  readonly questions: readonly AuthorQuestion[];
  readonly arguments: readonly Argument[];
  readonly explicit: readonly ExplicitCard[];
  /** Names that behave like people in this note (heading subjects, subjects of human verbs). */
  readonly people: readonly string[];
}
