/**
 * Gate 14: whole text — no "…" or cut-off clause, no note arrows, a question is a sentence ending in "?", a
 * cloze is a sentence that starts like one, an answer does not end in a word that needs a continuation.
 */
import { isKnownVerb, recogniseVerb } from '../../knowledge/verbs.js';
import type { Candidate } from '../candidate.js';
import type { Gate } from './gate.js';
import { SHORT_KINDS } from './gate.js';

const ELLIPSIS = /…|\.\.\./;
const ARROW = /(?:^|\s)(?:-+>|=+>|<-+|<=+|→|⇒|⟶|->|>)(?:\s|$)|^\s*>/;
/** Words an answer cannot end with: it was cut in the middle of a phrase ("a long cell containing"). */
const DANGLING_END =
  /(?:^|\s)(?:of|a|an|the|to|and|or|but|by|with|for|in|on|at|from|as|that|which|who|is|are|was|were|be|been|being|can|could|will|would|should|may|might|must|has|have|had|not|than|into|onto|its|their|his|her|allows|containing|including|includes|include|comprises|comprise|involves|namely|follows|following|such|e\.g|i\.e)$/i;
const FINITE = /\b(?:were|was|is|are|had|has|have|did|do|does|will|would|could)\b/;
/** Words that quantify or qualify ("All", "never", "Only"): never the fact itself. */
const QUANTIFIER_ONLY =
  /^(?:all|none|no|not|never|always|only|most|some|many|few|every|each|both|either|neither|any|often|rarely|sometimes|usually)$/i;
/** The words a date in a sentence follows ("in ___", "the early ___", "Napoleon's code of ___", "was ___"). */
const DATE_LEAD =
  /^(?:in|on|at|by|of|from|to|until|till|since|after|before|during|around|circa|c\.|ca\.?|the|early|late|mid|between|and|or|year|about|than|through|over|within|throughout|for|approximately|roughly|as|is|was|were|are|be|been|into|following|beginning|end|start|middle|winter|summer|spring|autumn|decade|century|age|date|when|then|also|not|.*[^\p{L}\d])$/iu;
const STARTS_WITH_PREPOSITION = /^(?:of|for|by|with|from|into|than|because|since|and|or|but)\s/i;

export const wholeText: Gate = {
  name: 'whole-text',
  check: (c) => {
    const shown = [c.prompt, ...(c.kind === 'order' ? (c.choices ?? []) : [c.answer, ...(c.choices ?? [])])];
    if (shown.some((t) => ELLIPSIS.test(t))) return 'cut-off text ("…")';
    if (shown.some((t) => ARROW.test(t))) return 'a note arrow in the text';
    if (c.kind === 'argument' && (c.checklist ?? []).some((t) => ELLIPSIS.test(t)))
      return 'cut-off checklist';
    return promptShape(c) ?? answerShape(c);
  },
};

function promptShape(c: Candidate): string | undefined {
  const p = c.prompt.trim();
  if (c.kind === 'explicit' || c.kind === 'argument' || c.kind === 'order') return undefined;
  if (/:$/.test(p)) return 'the prompt ends with ":"';
  const blank = /_{3,}/.test(p);
  if ((c.kind === 'qa' || c.kind === 'date' || c.kind === 'choice' || c.kind === 'reverse') && !blank) {
    if (!/\?$/.test(p)) return 'a question without "?"';
  }
  if (!/^["“‘'(]?[\p{Lu}\d_]/u.test(p)) return 'the prompt starts mid-sentence';
  // "___ (starting 1500 CE). Trade expanded …", "___ a component with …": a label and its notes, not a sentence.
  if (/^_{3,}\s*\(|^_{3,}\s+(?:a|an|the)\s/.test(p)) return 'the blank labels a note, not a sentence';
  if (c.kind === 'date') {
    // "___ USSR tested a bomb.", "___ pharmaceutical paid …": a date written as the label of the line (5 of 20
    // acceptable when rated), unless it is the sentence's subject ("___ saw the fall of Rome").
    if (/^_{3,}\s+(?!(?:was|were|saw|marked|brought|began)\b)(?!\p{Ll}+ed\b)/u.test(p))
      return 'the date labels the line';
    // "… extended to ___: but …", "… began work; Labor continued from ___": notes glued together (0 of 14).
    if (/_{3,}\S*\s*:/.test(p) || /;/.test(p)) return 'the date sits in notes glued together';
    // "… in ___, the effectiveness was low": two statements joined by a comma (0 of 6).
    if (/_{3,},\s+(?:the|it|they|he|she)\s+\w+/.test(p) && !/^In _{3,}/.test(p))
      return 'two statements joined by a comma';
    // "Japan invaded Manchuria ___.": the note's date written after the line with no "in" (3 of 8 acceptable).
    const before = /(\S+)\s+_{3,}/.exec(p)?.[1]?.replace(/^[(“"‘']+/u, '');
    if (before && !DATE_LEAD.test(before)) return 'the date is glued to the line without a preposition';
    // "Multicentric Phase (starting ___). Trade expanded …", "(between 4000 and ___)": an aside of the label.
    if (/\([^()]*\p{L}[^()]*_{3,}[^()]*\)/u.test(p)) return 'the date is an aside in brackets';
    // "King Arthur lived from 450-___": half of a span of years.
    if (/\d\s*[-–—]\s*_{3,}|\bbetween\s+\S+\s+and\s+_{3,}/i.test(p)) return 'the date is half of a span';
  }
  // "___: Through unprotected contact …" → "How it spreads": the blank is the label of the line, not a fact.
  if (/^_{3,}\s*:/.test(p)) return 'the blank is a label';
  // "___' army was too large": the blank swallowed a possessive name.
  if (/_{3,}['’]\s/.test(p)) return 'the blank cuts a possessive';
  // "Which term means: …?" → "Most antenna": a quantifier is not part of a term.
  if (c.kind === 'reverse' && /^(?:most|some|many|all|few|several)\s/i.test(c.answer.trim()))
    return 'the term starts with a quantifier';
  // "Rome was attacked by the ___ were fleeing …" → "Huns and Romans": after a clause with its own verb, the blank
  // runs over "and" into the subject of the next clause (a comma the author left out).
  const [before = '', after = ''] = p.split(/_{3,}/);
  if (
    /\s(?:and|&)\s/.test(c.answer) &&
    FINITE.test(before) &&
    new RegExp(`^\\s+${FINITE.source}`).test(after)
  )
    return 'the blank runs into the next clause';
  // "**All** systems add noise" → "All": an emphasised quantifier or adverb is emphasis, not a fact to recall.
  if (/_{3,}/.test(p) && QUANTIFIER_ONLY.test(c.answer.trim())) return 'the blank is only a quantifier';
  // "___ which converts proteins to peptones.": a relative clause whose noun is the blank.
  if (/^_{3,}\s+(?:which|who|whom|whose|that)\b/.test(p)) return 'a relative clause, not a sentence';
  const text = p.replace(/^Which term means:\s*/, '');
  // "… in Bombay, ___. to defend", "radical through and through. reminds me of": two lines run together.
  if (/[^.\s]{3,}\.\s+\p{Ll}/u.test(text.replace(ABBREVIATION, ' '))) return 'two sentences run together';
  // "… in Hague, Netherlands. Looking for techniques …": a second line of notes that opens with its -ing word.
  if (/\p{Ll}{2}\.\s+\p{Lu}\p{Ll}+ing\b/u.test(text)) return 'two lines of notes run together';
  // "support the in the mid ___", "that the a proposed development": a word lost or doubled by the author.
  if (
    /\b(?:the|a|an)\s+(?:the|a|an|in|on|at|of|to|and|or|is|was|were|are)\b/i.test(text.replace(/_{3,}/g, 'X'))
  )
    return 'a word is missing after an article';
  // "What did the Summit call for industrialization through?", "Which term means: the mass number, and?"
  if (DANGLING_PROMPT.test(text.replace(/[\s.?!]+$/, '')) && !PHRASAL_END.test(text))
    return 'the prompt ends in a word that needs a continuation';
  // "… emerged in the ___ in the early.": a period of time with its decade or century cut off.
  if (/\b(?:the|in|by|until|since|during)\s+(?:early|late|mid|middle)[.?!]?$/i.test(text.trim()))
    return 'the prompt ends before the period it names ("in the early")';
  // "Which term means: any record of information, and includes?": a definition cut before its list.
  if (
    /^Which term means:/.test(p) &&
    /\s(?:of|includes?|including|such as|namely|like|e\.g\.?)\?$/i.test(p.trim())
  )
    return 'the definition is cut before its list';
  // "… to detain ___ as.", "… for a ticket in.": a statement cut after its preposition (0 of 12 rated).
  if (
    c.kind === 'cloze' &&
    /\s(?:as|in|of|to|for|with|by|from|on|at|into|including|such as|like|namely|requires?|includes?|involves?)\.?$/i.test(
      text,
    )
  )
    return 'the prompt ends in a word that needs a continuation';
  // "Constantinople considered ___.", "Young man recently elected ___.", "___ used to check for errors": a passive
  // whose "was" the note left out, read as an active sentence with no object (0 of 31 rated acceptable).
  if (c.kind === 'cloze' || c.kind === 'date') {
    if (
      BARE_PASSIVE_BLANK.test(p) ||
      /^_{3,}\s+(?:used|found|known|called|considered|named|described|defined|seen|made)\s/.test(p)
    )
      return 'a passive without its "was"';
  }
  // "UDHR was accepted - ___ drafted by a committee": a dash joins two lines of notes around the blank.
  if ((c.kind === 'date' || c.kind === 'cloze') && /\s[-–—]\s+_{3,}/.test(p)) return 'a dash joins two lines';
  // "Enzyme-substrate complex (___) is formed" → "ESC": an aside in brackets is not what the sentence says (0 of 5).
  if (c.kind === 'cloze' && /\([^)]*_{3,}[^)]*\)/.test(p)) return 'the blank is an aside in brackets';
  // "Purchaser agrees to buy good for $___": a sum from a worked example, not a fact (0 of 8 rated).
  if (/[$£€¥]\s?_{3,}/.test(p)) return 'a sum of money from an example';
  // "Why does the sun rise earlier and sets later?": the question turned the first verb round, not the second.
  const second = /^(?:Why|When|What|How|Where) (?:did|does|do)\b.*?\band\s+(\p{Ll}+)\b/u.exec(p)?.[1];
  // "When did the split over supremacy affected the rivalry?": the parser took a noun for the verb.
  const inverted = /^(?:Why|When|What|How|Where) (?:did|does|do)\s+(.*)$/u.exec(p)?.[1] ?? '';
  for (const m of inverted.matchAll(/\b(\p{Ll}+ed)\s+(?:the|a|an|his|her|their|its)\b/gu)) {
    const before = inverted.slice(0, m.index);
    if (!/\b(?:that|which|who|and|or)\b/.test(before) && isKnownVerb(m[1] ?? ''))
      return 'a second verb left in its tense';
  }
  if (second && /(?:ed|s)$/.test(second) && (recogniseVerb(second)?.form ?? 'base') !== 'base')
    return 'a second verb left in its tense';
  if (c.kind === 'reverse' && /\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(text))
    return 'two sentences given as one definition';
  return undefined;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION =
  /\b(?:e\.g|i\.e|eg|ie|etc|esp|incl|vs|approx|cf|no|nos|p|pp|ch|c|ca|fig|vol|govt|dept|st|mt|lang|sec|min|max|av|avg)\.\s/gi;
/** Words a question or statement cannot end with: conjunctions, articles, possessives, "that" and "which". */
const BARE_PASSIVE_BLANK =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\b)[\p{L}'’-]+){0,2}\s+(?:recently\s+|also\s+|often\s+|later\s+)?(?:considered|called|elected|named|regarded|termed|dubbed|labell?ed)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?_{3,}/u;
const LAW_REPORT =
  /^(?:App Cas|AC|QB|KB|Ch|CLR|ALR|ALJR|WLR|NSWLR|VR|Qd R|SASR|WAR|All ER|UKHL|UKSC|HCA|FCA|FCAFC|NSWCA|NSWSC|DLR|S Ct|F\.\s?\d?d)$/;
const DANGLING_PROMPT =
  /(?:^|\s)(?:the|a|an|and|or|but|nor|that|which|whose|if|because|than|its|their|his|our|my|your|through|into|onto|via|is|are|was|were|will be)$/i;
/** "What is it made of?", "What does TDR stand for?": a question may end in a verb's particle. */
const PHRASAL_END =
  /\b(?:stand|stands|made|composed|consist|consists|known|used|look|looks|belong|belongs|responsible|famous|refer|refers|apply|applies|lead|led)\s+\w+\?$/i;

function answerShape(c: Candidate): string | undefined {
  if (/:\s*$/.test(c.answer) && c.kind !== 'order') return 'the answer ends with ":" (its list is missing)';
  if (/;;|!\d{2,}\b|\{\{|\}\}/.test(`${c.prompt} ${c.answer}`))
    return 'leftover flashcard or template markup';
  // "◦ Soviet financed … ▪ State's Development", "was ___ ~~": bullet glyphs and strike-through marks left in.
  if (/[◦▪▫■□●]|~~|==/.test(`${c.prompt} ${c.answer}`)) return 'leftover list or strike-through markup';
  // "What is a privilege def?", "Privilege def": the author's shorthand for "definition" kept in the text.
  if (/\bdefs?\.?(?=\s*(?:[?:”"|]|$))/.test(`${c.prompt}\n${c.answer}`.replace(/\n/g, ' | ')))
    return 'the shorthand "def" left in the text';
  // "___ created APEC.": a year cannot do what the sentence's verb says; its "In" was lost with the blank.
  if (c.kind === 'date' && /^_{3,}\s+\p{Ll}+ed\b/u.test(c.prompt)) return 'the date stands as the subject';
  if (/\b(\w+) \1\b/i.test(c.prompt.replace(/_{3,}/g, ''))) return 'a doubled word in the prompt';
  // "(Plimmer v Wellington (1884) 9 ___ 699)" → "App Cas": the name of a law report series is part of a citation.
  if (LAW_REPORT.test(c.answer.trim())) return 'the answer is a law report in a citation';
  if (!SHORT_KINDS.has(c.kind) || c.shape === 'explicit') return undefined;
  // "A method for analysing a business; Often used …; Looks at": a line of the list cut in the middle.
  if (c.shape === 'list')
    return c.answer.split(/;\s*/).some((part) => DANGLING_END.test(part.trim().replace(/[.,:]+$/, '')))
      ? 'a line of the answer is cut off'
      : undefined;
  const a = c.answer.trim().replace(/[.,;:]+$/, '');
  if (/^[–—\-:;,.)\]/]/.test(a)) return 'the answer starts with punctuation';
  if (DANGLING_END.test(a)) return 'the answer is cut off';
  if (c.shape !== 'definition' && STARTS_WITH_PREPOSITION.test(a)) return 'the answer is a fragment';
  return undefined;
}
