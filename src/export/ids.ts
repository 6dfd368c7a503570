import { createHash } from 'node:crypto';

/**
 * Deterministic Anki ids and GUIDs. Anki treats note/card ids as creation times in milliseconds, so ids are
 * placed in [1e12, 1e12 + 2^40): plausible dates (2001–2036), far below Number.MAX_SAFE_INTEGER.
 */
const ID_BASE = 1_000_000_000_000;
const ID_SPAN = 2 ** 40;

function sha1(text: string): Buffer {
  return createHash('sha1').update(text, 'utf8').digest();
}

/** A stable id in Anki's id range for a key (`note:<item id>`, `card:<item id>:0`, `deck:<name>`). */
export function stableId(key: string): number {
  const digest = sha1(key);
  // 5 bytes = 40 bits = ID_SPAN values.
  return ID_BASE + (digest.readUIntBE(0, 5) % ID_SPAN);
}

/** Hands out stable ids and resolves the (rare) collisions deterministically, in call order. */
export class IdAllocator {
  private readonly used = new Set<number>();

  /** The stable id of `key`, or the next free integer after it when already taken. */
  take(key: string): number {
    return this.claim(stableId(key));
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
