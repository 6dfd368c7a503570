import { createHash } from 'node:crypto';

/**
 * Deterministic Anki ids and GUIDs. Anki treats note/card ids as creation times in milliseconds and refuses
 * (2.1.54–2.1.60) or renumbers (2.1.61+) ids later than one day from now, so every id is a time in the past:
 * - an item whose first-seen time is known (from the study database) gets an id in the day before it, so
 *   Anki's "Created" date is when the fact was first scanned;
 * - anything else (decks, items never scanned) gets an id in [2001-09-09, 2019-02-08): 1e12 + 39 bits of hash.
 * Both are stable across exports; GUIDs stay the identity Anki updates notes by.
 */
const PAST_BASE = 1_000_000_000_000;
const PAST_SPAN = 2 ** 39;
const DAY_MS = 86_400_000;

function sha1(text: string): Buffer {
  return createHash('sha1').update(text, 'utf8').digest();
}

/**
 * A stable past id for a key (`note:<item id>`, `card:<item id>:0`, `deck:<name>`): within the day before
 * `firstSeen` when given, else in the fixed past window.
 */
export function stableId(key: string, firstSeen?: Date): number {
  const hash = sha1(key).readUIntBE(0, 5);
  if (firstSeen) return Math.max(PAST_BASE, firstSeen.getTime() - (hash % DAY_MS));
  return PAST_BASE + (hash % PAST_SPAN);
}

/** Hands out stable ids and resolves the (rare) collisions deterministically, in call order. */
export class IdAllocator {
  private readonly used = new Set<number>();

  /** The stable id of `key`, or the next free integer after it when already taken. */
  take(key: string, firstSeen?: Date): number {
    return this.claim(stableId(key, firstSeen));
  }

  /** Claims `wanted` or the next free integer after it (used for revlog ids, which are review times). */
  claim(wanted: number): number {
    let id = wanted;
    while (this.used.has(id)) id += 1;
    this.used.add(id);
    return id;
  }
}

// Anki's own GUIDs are base91 strings; this alphabet drops the characters that need escaping in HTML, SQL or
// CSV (& < > ' " \\), leaving 88 symbols, so GUIDs also survive text exports.
const GUID_ALPHABET =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%()*+,-./:;=?@[]^_`{|}~';

/** A note GUID derived only from the item id, so re-exports update the same Anki note. */
export function noteGuid(itemId: string): string {
  let value = sha1(`recollect-guid:${itemId}`).readBigUInt64BE(0);
  const base = BigInt(GUID_ALPHABET.length);
  let guid = '';
  while (value > 0n) {
    guid = GUID_ALPHABET[Number(value % base)] + guid;
    value /= base;
  }
  return guid || GUID_ALPHABET[0]!;
}

/** Anki's field checksum: the first 8 hex digits of the SHA-1 of the stripped first field, as an integer. */
export function fieldChecksum(strippedFirstField: string): number {
  return Number.parseInt(sha1(strippedFirstField).toString('hex').slice(0, 8), 16);
}
