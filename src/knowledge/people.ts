/** Which names in a note behave like people: they want, believe, write, rule, marry, die… */
import { findEntities } from './entities.js';

/** Verbs only people do: a name followed by one of these is a person. */
const HUMAN_VERBS =
  /^(?:wanted|wants|believed|believes|thought|thinks|said|says|argued|argues|insulted|married|died|wrote|writes|felt|loved|hated|feared|hoped|wished|studied|learned|learnt|taught|tutored|preached|painted|sculpted|composed|invented|abdicated|claimed|refused|insisted|promised|admired|disliked|resigned|fled|was born|was assassinated|was crowned|was executed|was exiled|was murdered|was elected|was educated|was killed|was tried)$/i;
/** "son of Philip II", "tutored Alexander": a name after one of these is a person, wherever the sentence puts it. */
const OF_PERSON =
  /(?:\b(?:son|daughter|wife|husband|father|mother|brother|sister|widow|heir|pupil|student|disciple|tutor|teacher)\s+of|\b(?:tutored|married|assassinated|murdered|succeeded))\s+$/i;
const TITLE =
  /^(?:King|Queen|Tsar|Czar|President|Emperor|Pope|Prince|Princess|Lord|Lady|Sir|Dr|Mr|Mrs|Ms|Chancellor|Saint)\s+\p{Lu}/u;
const KIN =
  /^['’]s\s+(?:wife|husband|son|daughter|father|mother|brother|sister|death|health|letter|letters|testament|reign|rule|successor|government|regime|opponents?|supporters?|leadership|authority|speeches)\b/i;

/** "Edward II", "Darius III", "Henry VIII": a name with a regnal number is a monarch or a pope. */
const REGNAL = /^\p{Lu}\p{Ll}+\s+(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/u;

/** Names used as people in these texts (subjects of human verbs, titled names, "X's wife"). */
export function findPeople(
  texts: readonly string[],
  knownNames: ReadonlySet<string>,
  seeds: readonly string[],
): Set<string> {
  const people = new Set<string>(seeds);
  for (const text of texts) {
    for (const e of findEntities(text, knownNames)) {
      if (e.kind !== 'name') continue;
      const after = text.slice(e.end);
      const nextWord =
        /^\s+(?:was (?:born|assassinated|crowned|executed|exiled|murdered|elected|educated|killed|tried)|[A-Za-z]+)/
          .exec(after)?.[0]
          .trim() ?? '';
      const plural = /[^s]s$/.test(e.text) && !/\s/.test(e.text);
      const before = text.slice(Math.max(0, e.start - 30), e.start);
      if (
        e.titled ||
        REGNAL.test(e.text) ||
        TITLE.test(e.text) ||
        OF_PERSON.test(before) ||
        (!plural && (KIN.test(after) || HUMAN_VERBS.test(nextWord)))
      ) {
        people.add(e.text);
      }
    }
  }
  // "Joseph Stalin" is also "Stalin"; "Emperor of Rome" or "Decay of the Republic" give no surname.
  for (const p of [...people]) {
    const parts = p.split(' ');
    const last = parts[parts.length - 1];
    // "Amyntas III" is not "III".
    if (
      last &&
      parts.length > 1 &&
      !/^[IVXLC]+$/.test(last) &&
      !parts.some((w) => /^(?:of|the|and)$/i.test(w))
    )
      people.add(last);
  }
  return people;
}

/** Capitalised names seen where a capital cannot just mean "start of sentence". */
export function findKnownNames(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const e of findEntities(text)) if (e.kind === 'name') names.add(e.text);
  }
  for (const n of [...names]) {
    const parts = n.split(' ');
    const last = parts[parts.length - 1] ?? '';
    // "Joseph Stalin" → "Stalin"; but "Theory of Permanent Revolution" or "New Testament" give no single names.
    if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)))
      names.add(last);
  }
  return names;
}
