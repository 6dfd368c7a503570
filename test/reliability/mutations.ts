/** Mutations of a realistic note: the typos, half-edits and broken markers a real vault is full of. */
import fc from 'fast-check';

type Mutation = (text: string) => string;

// Positions are fractions of the text, so one mutation fits any length.
const at = (text: string, where: number): number => Math.floor(where * text.length);
const where = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const noise = fc.oneof(
  fc.constantFrom(
    '*',
    '**',
    '=',
    '==',
    '[[',
    ']]',
    '>',
    '[!',
    '---',
    '\t',
    '\n',
    '\r',
    '%%',
    '`',
    '```',
    '::',
    '|',
  ),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom('\u0000', '\uFEFF', '\u202E', '\uD800', '👍', '\u0301'),
);

const insert = fc.tuple(where, noise).map(
  ([w, piece]): Mutation =>
    (text) =>
      text.slice(0, at(text, w)) + piece + text.slice(at(text, w)),
);

const remove = fc.tuple(where, fc.integer({ min: 1, max: 12 })).map(
  ([w, length]): Mutation =>
    (text) =>
      text.slice(0, at(text, w)) + text.slice(at(text, w) + length),
);

const onLines = (change: (lines: string[], index: number) => void): fc.Arbitrary<Mutation> =>
  where.map((w) => (text) => {
    const lines = text.split('\n');
    change(lines, Math.floor(w * lines.length));
    return lines.join('\n');
  });

const duplicateLine = onLines((lines, i) => lines.splice(i, 0, lines[i] ?? ''));
const deleteLine = onLines((lines, i) => lines.splice(i, 1));
const indentLine = onLines((lines, i) => lines.splice(i, 1, `\t${lines[i] ?? ''}`));
const outdentLine = onLines((lines, i) => lines.splice(i, 1, (lines[i] ?? '').trimStart()));

// Removes one closing marker, leaving the opener unclosed (the commonest half-edit).
const unclose = fc.tuple(fc.constantFrom('**', '==', ']]', '%%', '---', '```', '`', '|'), where).map(
  ([marker, w]): Mutation =>
    (text) => {
      const index =
        text.lastIndexOf(marker, at(text, w)) >= 0
          ? text.lastIndexOf(marker, at(text, w))
          : text.indexOf(marker);
      return index < 0 ? text : text.slice(0, index) + text.slice(index + marker.length);
    },
);

const mutation = fc.oneof(insert, remove, duplicateLine, deleteLine, indentLine, outdentLine, unclose);

/** The seed note after 1–8 random mutations. */
export function mutatedNote(seed: string): fc.Arbitrary<string> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 8 })
    .map((ms) => ms.reduce((text, m) => m(text), seed));
}
