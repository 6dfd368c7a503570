/**
 * The parsed form of one note: what `markdown/` produces and `knowledge/` consumes.
 * Every block keeps 1-based source lines of the note file (frontmatter lines included in the count).
 */

/** How a stretch of inline text was marked by the author. */
export type MarkKind =
  | 'bold' // **x** or __x__
  | 'italic' // *x* or _x_
  | 'highlight' // ==x==
  | 'code' // `x`
  | 'quote' // "x", 'x', “x” (a quoted term, up to ~6 words)
  | 'wikilink' // [[Page]] or [[Page|alias]] (text is the alias when present)
  | 'link' // [text](url)
  | 'tag'; // #tag (text keeps the '#')

/** A marked range of `RichText.text`, as [start, end) offsets into the plain text. */
export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** Link / wikilink target (page name without alias or heading part). */
  readonly target?: string;
}

/**
 * Inline content turned into plain text, with the author's markup recorded as marks.
 * `text` has no Markdown left: no `**`, `==`, `[[`, backticks, `%%comments%%`, HTML, math or images.
 * Line breaks inside a paragraph become single spaces; runs of whitespace collapse to one space; trimmed.
 */
export interface RichText {
  readonly text: string;
  readonly marks: readonly Mark[];
}

export interface ListItem {
  /** The item's own first paragraph (later paragraphs of the same item are appended, space-separated). */
  readonly content: RichText;
  /** Source text of the item's first line(s) as written, markers removed (used for `Q::A` detection). */
  readonly raw: string;
  readonly line: number;
  readonly endLine: number;
  readonly ordered: boolean;
  /** `[ ]` / `[x]` task items; undefined for plain items. */
  readonly task?: 'open' | 'done';
  readonly children: readonly ListItem[];
}

export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: number; // 1..6
  readonly content: RichText;
  readonly line: number;
  readonly endLine: number;
}

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly content: RichText;
  /** The paragraph's source lines as written (for `Q::A`, multi-line `?` cards). */
  readonly raw: string;
  readonly line: number;
  readonly endLine: number;
}

export interface ListBlock {
  readonly type: 'list';
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
  readonly line: number;
  readonly endLine: number;
}

export interface CalloutBlock {
  readonly type: 'callout';
  /** Lower-cased callout type: 'example', 'note', 'question', … */
  readonly calloutType: string;
  readonly title: RichText;
  readonly foldable: boolean;
  /** Blocks inside the callout (paragraphs, lists, nested callouts…). */
  readonly blocks: readonly Block[];
  readonly line: number;
  readonly endLine: number;
}

/** A plain blockquote that is not a callout. */
export interface QuoteBlock {
  readonly type: 'quote';
  readonly blocks: readonly Block[];
  readonly line: number;
  readonly endLine: number;
}

export interface TableBlock {
  readonly type: 'table';
  readonly header: readonly RichText[];
  readonly rows: readonly (readonly RichText[])[];
  readonly line: number;
  readonly endLine: number;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | CalloutBlock | QuoteBlock | TableBlock;

export interface Frontmatter {
  readonly tags: readonly string[];
  readonly aliases: readonly string[];
  /** `recollect: false` excludes the note. */
  readonly excluded: boolean;
  /** The rest of the frontmatter, as parsed YAML (unknown shape). */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface ParsedNote {
  /** Vault-relative path with forward slashes. */
  readonly path: string;
  /** First `# H1` when the note starts with one, otherwise the file name without `.md`. */
  readonly title: string;
  readonly frontmatter: Frontmatter;
  /** Frontmatter tags plus inline `#tags`, without '#', de-duplicated, in order of appearance. */
  readonly tags: readonly string[];
  /** Top-level blocks in document order (code blocks, math, HTML, rules and comments are dropped). */
  readonly blocks: readonly Block[];
}
