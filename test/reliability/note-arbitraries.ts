/** fast-check arbitraries for note-like Markdown: real Obsidian syntax, well-formed or broken, mixed freely. */
import fc from 'fast-check';

const words = fc.constantFrom(
  'the treaty',
  'Bismarck',
  'was signed',
  'because',
  'in 1871',
  'on 4 January 1923',
  '1914–1918',
  'in 509 BC',
  'c. 1200',
  'Lenin',
  'unified Germany',
  'الحرب',
  'מלחמה',
  '👑',
  'e\u0301',
  'a',
  '',
);

// Inline pieces: whole constructs and their broken halves, so both paths of the inline parser run.
const inline = fc.oneof(
  words,
  words.map((w) => `**${w}**`),
  words.map((w) => `==${w}==`),
  words.map((w) => `[[${w}]]`),
  words.map((w) => `[[${w}|alias]]`),
  words.map((w) => `%%${w}%%`),
  words.map((w) => `\`${w}\``),
  words.map((w) => `$${w}$`),
  fc.constantFrom(
    '**',
    '==',
    '[[',
    ']]',
    '%%',
    '`',
    '*',
    '_',
    '$',
    '::',
    '|',
    '\\',
    '<b>',
    '#tag',
    '\t',
    '\u0000',
  ),
);

const indent = fc.array(fc.constantFrom(' ', '  ', '\t'), { maxLength: 6 }).map((parts) => parts.join(''));

// How a line starts: the block syntax of the line.
const prefix = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 7 }).map((n) => `${'#'.repeat(n)} `),
  indent.map((i) => `${i}- `),
  indent.map((i) => `${i}1. `),
  indent.map((i) => `${i}- [ ] `),
  fc.integer({ min: 1, max: 4 }).map((n) => '> '.repeat(n)),
  fc.constantFrom('>[!note] ', '> [!question]- ', '>[!x]', '> > [!example]+ '),
);

const proseLine = fc
  .tuple(prefix, fc.array(inline, { maxLength: 8 }))
  .map(([start, parts]) => `${start}${parts.join(' ')}`);

// Lines that are whole constructs on their own.
const specialLine = fc.oneof(
  fc.constantFrom('---', '```', '```js', '~~~', '%%', '$$', '| a | b |', '|---|---|', '', '***', '<div>'),
  fc.tuple(words, words).map(([q, a]) => `${q}?::${a}`),
  fc.tuple(words, words).map(([q, a]) => `${q}:::${a}`),
  fc.tuple(words, words).map(([a, b]) => `| ${a} | ${b} |`),
);

const frontmatter = fc.constantFrom(
  '---\ntags: [history]\n---',
  '---\ntags: [history\n---',
  '---\nrecollect: false\n---',
  '---\naliases:\n  - One\n  - Two\n---',
  '---\n: : :\n---',
  '---',
  '',
);

/** A whole note: optional frontmatter, then up to 40 lines, joined with LF or CRLF. */
export const generatedNote: fc.Arbitrary<string> = fc
  .tuple(
    frontmatter,
    fc.array(fc.oneof({ weight: 3, arbitrary: proseLine }, { weight: 1, arbitrary: specialLine }), {
      maxLength: 40,
    }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([front, lines, eol]) => [front, ...lines].join('\n').replaceAll('\n', eol));
