/** Timeline events: every dated fact, with its date and where it comes from. */
import { parseClause } from '../../knowledge/clause.js';
import type { Fact, NoteKnowledge } from '../../knowledge/model.js';
import { isHeaderField } from '../../knowledge/structure.js';
import { squash, trimEndPunctuation } from '../../knowledge/text.js';
import type { TimelineEvent } from '../item.js';

const MAX_LABEL_WORDS = 12;
const MAX_DATES_PER_FACT = 12;
/** An ordering drill needs events that say something; "About" or "Until" alone is not an event. */
export const MIN_LABEL_WORDS = 3;

/** The note's events, in note order (sorting is the caller's). */
export function eventsOf(k: NoteKnowledge): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const fact of k.facts) {
    if (fact.isExample || fact.unresolved) continue;
    // A statement with dozens of dates is a list, not an event; its first dates are enough for the timeline.
    for (const date of fact.dates.slice(0, MAX_DATES_PER_FACT)) {
      if (isComparedWith(fact.text, date.text)) continue;
      const text = eventLabel(fact, date.text);
      // "…raised objections, which the court dismissed on 22 July 2022": a label cut back to the main clause
      // ("… raised objections") would carry the date of what the clause after "which" says; no event then. (With
      // several dates each label is already the clause that holds its date.)
      const relative = fact.dates.length === 1 ? relativeClauseWith(fact.text, date.text) : undefined;
      if (relative && !squash(text).toLowerCase().includes(relative.toLowerCase())) continue;
      out.push({
        date: date.display,
        sortKey: date.sortKey,
        ...(date.endSortKey ? { endSortKey: date.endSortKey } : {}),
        text,
        context: fact.context,
        source: fact.source,
      });
    }
  }
  return out;
}

/**
 * "… called the Estates-General for the first time since 1614", "the worst harvest since 1788": the year is what the
 * event is measured against, not when it happened (an event at 1614 put the calling of the Estates-General 175 years
 * early). "Britain has been a member since 1973", "has been the only legal party since 1949" keep their dates: the
 * membership, the state, began then.
 */
function isComparedWith(text: string, dateText: string): boolean {
  const at = text.indexOf(dateText);
  if (at < 0) return false;
  const before = text.slice(0, at);
  // "has been the only legal party since 1949", "have been the largest union since 1861": a state held since then.
  return COMPARED_SINCE.test(before) && !HELD_SINCE.test(before);
}

/** A perfect "has/have/had (…) been" in the clause that reaches the date. */
const HELD_SINCE = /\b(?:has|have|had|'s|’s)\s+(?:\p{L}+\s+)?been\b[^,.;:]*$/iu;

/** "first … since", "largest … since", "most … since" with no clause break between it and the date. */
const COMPARED_SINCE =
  /\b(?:first|last|only|most|least|best|worst|largest|biggest|greatest|highest|lowest|longest|shortest|deadliest|strongest|weakest|fastest|hottest|coldest|wettest|driest)\b[^,.;:]{0,60}\bsince\s+(?:the\s+)?$/iu;

/**
 * Events that can go in an ordering drill: one per fact, from whole statements with a single date (a clause with
 * its own subject and verb, not a case citation, a header field or an example), so each label says what happened.
 */
export function orderableEvents(k: NoteKnowledge): TimelineEvent[] {
  const single = new Set(
    k.facts.filter((f) => f.dates.length === 1 && isWholeEvent(f)).map((f) => `${f.source.line}|${f.text}`),
  );
  return eventsOf({ ...k, facts: k.facts.filter((f) => single.has(`${f.source.line}|${f.text}`)) }).filter(
    (e) =>
      squash(e.text).split(' ').length >= MIN_LABEL_WORDS &&
      !CUT_LABEL.test(e.text) &&
      !/^(?:one|some|many|most|all|both)\s+of\b/i.test(e.text),
  );
}

/** A label that ends where a phrase still needs its continuation ("… called for industrialization through"). */
const CUT_LABEL =
  /\s(?:of|a|an|the|to|and|or|but|by|with|for|in|on|at|from|as|that|which|who|through|after|before|until|since|into)$/i;

/** A case name ("Smith v Jones"), a citation or a header field is a reference, not an event. */
const NOT_EVENT =
  /\s(?:v|vs|v\.)\s|\b(?:CLR|ALR|WLR|KB|QB|AC|ER|SR|NSWLR|HCA|UKHL|Ch)\b|\[\d{4}\]|:|\bcase\b/i;

function isWholeEvent(f: Fact): boolean {
  // A row of a dated table names its event ("Battle of Waterloo"): a label of its own.
  if (f.origin === 'table') return !NOT_EVENT.test(f.text);
  if (!f.clause || f.clause.negated || f.unresolved || f.origin === 'argument') return false;
  if (
    !/^\p{Lu}/u.test(f.written.replace(/^[\s*_="“]+/, '').replace(/^(?:in|on|by)\s+/i, 'X')) &&
    !f.datePrefix
  )
    return false;
  if (dateInRelativeClause(f)) return false;
  return !NOT_EVENT.test(f.text) && !isHeaderField(f.written);
}

/**
 * "Myanmar raised objections, which were dismissed on 22 July 2022": the date belongs to the clause after "which", and
 * a label of what Myanmar did would carry the date of what the court did.
 */
function dateInRelativeClause(f: Fact): boolean {
  const date = f.dates[0];
  return date !== undefined && relativeClauseWith(f.text, date.text) !== undefined;
}

/**
 * The opening words of the ", which …" (who, whom, whose, where) clause that holds `dateText`, or undefined: "which a
 * court declared" for "The weavers called a strike, which a court declared lawful in October 1863". A clause closed by
 * a comma before the date ("Lenin, who had returned from exile, seized power in October 1917") does not hold it, and
 * ", when …" is a time clause whose date is the main clause's too.
 */
function relativeClauseWith(text: string, dateText: string): string | undefined {
  const at = text.indexOf(dateText);
  if (at < 0) return undefined;
  for (const m of text.matchAll(/,\s*(?=(?:which|who|whom|whose|where)\b)/gi)) {
    const start = m.index + m[0].length;
    if (start > at) break;
    const close = text.indexOf(',', start);
    if (close >= 0 && close < at) continue;
    return squash(text.slice(start, at)).split(' ').slice(0, 3).join(' ');
  }
  return undefined;
}

/** With several dates in one statement, each event is labelled by the clause that holds its date. */
function clauseWith(text: string, dateText: string): string {
  const marker = '\u2063DATE\u2063';
  const clauses = text
    .replace(dateText, marker)
    .split(/,\s+|;\s+|\s+(?=(?:and|when|while|after|before|until|who|which)\s)/);
  const own = clauses.find((c) => c.includes(marker));
  if (!own || own.split(/\s+/).length < 4) return text;
  return own.replace(marker, dateText).replace(/^(?:and|when|while|after|before|until|who|which)\s+/i, '');
}

/** A short label for the event: the statement without its date phrase, cut at a dash or semicolon. */
export function eventLabel(fact: Fact, dateText: string): string {
  let text = fact.dates.length > 1 ? clauseWith(fact.text, dateText) : fact.text;
  const at = text.indexOf(dateText);
  if (at >= 0 && !(fact.datePrefix && fact.datePrefix.text === dateText)) {
    const before = text
      .slice(0, at)
      .replace(/\s*(?:\b(?:in|on|by|during|from|since|of|around|circa|c\.)(?:\s+the)?\s*)?\(?$/i, '');
    const after = text.slice(at + dateText.length).replace(/^\)?/, '');
    text = `${before}${after}`;
  }
  text = text.split(/\s+[—–]\s+|;\s+/)[0] ?? text;
  if (squash(text).split(' ').length > MAX_LABEL_WORDS) {
    // The first clause with some substance: "About, Tiberius was angered …" must not become "About".
    const parts = text.split(/,\s+/);
    text =
      parts.find((part) => parseClause(part) !== undefined) ??
      parts.find((part) => squash(part).split(' ').length >= MIN_LABEL_WORDS) ??
      text;
  }
  if (squash(text).split(' ').length > MAX_LABEL_WORDS) {
    text = text.split(/\s+(?:shows|suggests|demonstrates|proves|means|which|who|because)\s+/)[0] ?? text;
  }
  const words = squash(text).split(' ');
  const label =
    words.length <= MAX_LABEL_WORDS ? words.join(' ') : `${words.slice(0, MAX_LABEL_WORDS).join(' ')}…`;
  return trimEndPunctuation(label.replace(/^,\s*/, '')).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
