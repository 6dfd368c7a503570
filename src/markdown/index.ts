/** Public surface of `markdown/`: one note → `ParsedNote`. */
export { parseNote } from './parse-note.js';
export type * from './tree.js';
