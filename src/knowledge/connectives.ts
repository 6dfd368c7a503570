/** Connectives are not content: they are stripped from facts and never become answers. */

const LEADING = [
  'thus',
  'hence',
  'therefore',
  'essentially',
  'however',
  'also',
  'so',
  'then',
  'basically',
  'moreover',
  'furthermore',
  'additionally',
  'in addition',
  'consequently',
  'as a result',
  'as such',
  'overall',
  'in general',
  'generally',
  'in short',
  'in summary',
  'in conclusion',
  'finally',
  'firstly',
  'secondly',
  'thirdly',
  'lastly',
  'ultimately',
  'importantly',
  'notably',
  'meanwhile',
  'similarly',
  'likewise',
  'nevertheless',
  'nonetheless',
  'instead',
  'and',
  'but',
  'or',
  'note',
  'nb',
  'n.b.',
  'i.e.',
  'ie',
  'in other words',
  'simply put',
  'in fact',
  'indeed',
  'of course',
  'again',
  'yet',
  'accordingly',
];

const EXAMPLE = /^(?:e\.\s?g\.?|eg\.?|for example|for instance|ex\.|example)\s*[:,-]?\s+/i;

const LEADING_RE = new RegExp(
  `^(?:${LEADING.map((c) => c.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\b\\s*[,:;—–-]?\\s+`,
  'i',
);

/**
 * Words that may appear inside a clause as connective adverbs: "Lenin thus withdrew …". "Then" is not one of
 * them: in "sorts each half, then merges the halves" it carries the sequence.
 */
const INNER = /,?\s+(?:thus|hence|therefore|also|essentially|basically|however)(?:,(?=\s)|(?=\s))/gi;

export interface Stripped {
  readonly text: string;
  /** The connectives that were removed, in order (kept as context if needed). */
  readonly removed: readonly string[];
  /** True when the text began with "E.g." / "For example": it is an example of its parent. */
  readonly isExample: boolean;
}

/** Removes leading connectives ("Thus,", "Essentially,", "E.g.") and inner adverbs ("Lenin thus withdrew"). */
export function stripConnectives(text: string): Stripped {
  const removed: string[] = [];
  let t = text.trim();
  let isExample = false;
  for (let guard = 0; guard < 5; guard++) {
    const ex = EXAMPLE.exec(t);
    if (ex) {
      isExample = true;
      removed.push(ex[0].trim());
      t = t.slice(ex[0].length);
      continue;
    }
    const m = LEADING_RE.exec(t);
    if (!m) break;
    removed.push(m[0].trim());
    t = t.slice(m[0].length);
  }
  t = t.replace(INNER, (m, offset: number, whole: string) => {
    // "Sodium has 11 protons, therefore its configuration is …": after a comma and with no comma of its own the
    // word joins two clauses; without it they run together.
    if (
      m.startsWith(',') &&
      !m.endsWith(',') &&
      offset > 0 &&
      !/^\s*[.;:]/.test(whole.slice(offset + m.length))
    )
      return m;
    removed.push(m.trim());
    return '';
  });
  return { text: t.trim(), removed, isExample };
}

/** True when the whole text is only a connective ("Essentially", "Thus"). */
export function isConnective(text: string): boolean {
  const t = text
    .trim()
    .replace(/[.,:;]+$/, '')
    .toLowerCase();
  return LEADING.includes(t) || /^(?:e\.?\s?g|eg|less|more)$/.test(t);
}
