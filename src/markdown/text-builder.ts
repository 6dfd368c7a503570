/**
 * Builds `RichText.text` while recording marks: runs of whitespace collapse to one space, leading and
 * trailing whitespace disappear, and mark offsets are taken on the collapsed text as it grows
 * (so no offset ever needs shifting afterwards).
 */
import type { Mark, MarkKind } from './tree.js';

interface OpenMark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly target: string | undefined;
}

/** Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ). */
const LIGATURE = /[\uFB00-\uFB06]/g;

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private readonly open: OpenMark[] = [];
  readonly marks: Mark[] = [];

  /** Appends text, collapsing whitespace. */
  append(piece: string): void {
    if (piece === '') return;
    // "E<tab>Sweat production increases": a letter set apart by a tab at the start labels a part of a diagram;
    // the tab is the only sign of it, and collapsing would turn the label into a word of the sentence.
    const unlabelled = this.length === 0 ? piece.replace(/^[ \t]*[A-Z]\.?\t+(?=\p{Lu}\p{Ll})/u, '') : piece;
    // "inﬂuences", "ﬁrst": text pasted from a PDF keeps its typographic ligatures, one character for two letters.
    const collapsed = unlabelled.replace(LIGATURE, (l) => l.normalize('NFKC')).replace(/\s+/g, ' ');
    const body = collapsed.trim();
    if (collapsed.startsWith(' ')) this.pendingSpace = true;
    if (body === '') return;
    if (this.pendingSpace && this.length > 0) {
      this.parts.push(' ');
      this.length += 1;
    }
    this.parts.push(body);
    this.length += body.length;
    this.pendingSpace = collapsed.endsWith(' ');
  }

  /** Starts a mark at the next visible character. */
  openMark(kind: MarkKind, target?: string): void {
    const start = this.length + (this.pendingSpace && this.length > 0 ? 1 : 0);
    this.open.push({ kind, start, target });
  }

  /** Ends the innermost open mark of `kind`; empty marks are dropped. */
  closeMark(kind: MarkKind): void {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const mark = this.open[i];
      if (mark?.kind !== kind) continue;
      this.open.splice(i, 1);
      if (this.length > mark.start) {
        const done: Mark = { kind, start: mark.start, end: this.length };
        this.marks.push(mark.target === undefined ? done : { ...done, target: mark.target });
      }
      return;
    }
  }

  /** The plain text built so far. */
  text(): string {
    return this.parts.join('');
  }
}
