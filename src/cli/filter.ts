/** Narrowing a deck to some notes or kinds (`--note`, `--kind`), and ordering the timeline. */
import { UsageError } from '../errors.js';
import { ITEM_KINDS, type ItemKind } from '../generate/item.js';

/**
 * A matcher for `--note PATH`: the note's path equals PATH or ends with `/PATH`; `.md` may be left out and
 * `./` or Windows backslashes are accepted, so `--note caesar` finds `History/Rome/caesar.md`.
 */
export function notePathMatcher(wanted: string): (path: string) => boolean {
  let normalised = wanted.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
  if (!normalised.toLowerCase().endsWith('.md')) normalised += '.md';
  return (path) => path === normalised || path.endsWith(`/${normalised}`);
}

/** Validates `--kind KIND` against the item kinds; the error lists the valid ones. */
export function parseKind(value: string): ItemKind {
  const kind = ITEM_KINDS.find((candidate) => candidate === value.toLowerCase());
  if (!kind) throw new UsageError(`unknown kind '${value}'; valid kinds: ${ITEM_KINDS.join(', ')}`);
  return kind;
}
