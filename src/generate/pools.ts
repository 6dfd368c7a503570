/**
 * The vault-wide pass of generation: what one note's generation may borrow from the rest of the vault (the
 * people it names, for distractors), with a fingerprint so a scan can tell when the pool changed.
 * Since the blind ratings (docs/quality.md) choices draw only from their own note, so no generator reads the
 * vault-wide pool today and the fingerprint changes no item; the seam stays so that one can again.
 */
import { createHash } from 'node:crypto';

export interface VaultPools {
  /** Distinct people named anywhere in the vault, longer than two characters, sorted. */
  readonly people: readonly string[];
  /** sha256 (16 hex digits) of the pool: equal fingerprints, equal pools. */
  readonly fingerprint: string;
}

/** The pools of a vault from the names its notes use (any order, repeats allowed). */
export function vaultPools(people: Iterable<string>): VaultPools {
  const sorted = [...new Set(people)].filter((p) => p.length > 2).sort();
  const fingerprint = createHash('sha256').update(sorted.join('\u0000')).digest('hex').slice(0, 16);
  return { people: sorted, fingerprint };
}

export const EMPTY_POOLS: VaultPools = vaultPools([]);
