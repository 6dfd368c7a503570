/** Text helpers shared by answer and argument checking: normalising, tokens, edit distance. */

const LEADING_ARTICLE = /^(?:a|an|the)\s+/;

/**
 * Lowercase, accents removed (NFKD), ordinals as numbers (`4th` → `4`), apostrophes dropped, other
 * punctuation as spaces, whitespace collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Normalised text without a leading `a`, `an` or `the`. */
export function normaliseAnswer(text: string): string {
  const normal = normaliseText(text);
  const stripped = normal.replace(LEADING_ARTICLE, '');
  return stripped === '' ? normal : stripped;
}

/** Damerau–Levenshtein distance (optimal string alignment: adjacent swaps count as one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been being it its this that ' +
    'these those he she they his her their them him we you i not no so than then there which who whom whose ' +
    'what when where why how into onto over under about after before during also has have had do does did'
  ).split(' '),
);

/** Crude stemming: drops plural `s`/`es`, `ing` and `ed` so "appointing" and "appointed" meet at "appoint". */
export function stemLite(word: string): string {
  if (/^\d+$/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Content words of a text: normalised, stopwords removed, stemmed. */
export function contentWords(text: string): string[] {
  const words = normaliseText(text).split(' ');
  return words.filter((word) => word !== '' && !STOPWORDS.has(word)).map(stemLite);
}
