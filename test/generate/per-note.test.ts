import { describe, expect, it } from 'vitest';
import {
  generateItems,
  generateNote,
  type NoteGeneration,
  VaultMerge,
  vaultPools,
} from '../../src/generate/index.js';
import { KeySet } from '../../src/generate/key-set.js';
import { extractKnowledge } from '../../src/knowledge/index.js';
import { parseNote } from '../../src/markdown/index.js';

const knowledgeOf = (path: string, text: string) => extractKnowledge(parseNote(path, text));

const STALIN = `# Stalin
- Joseph Stalin led the Soviet Union from 1924
- **Collectivisation** - merging farms into state-run collectives
- Leon Trotsky was exiled in 1929
`;
const TROTSKY = `# Trotsky
- Leon Trotsky was exiled in 1929
- Trotsky founded the Red Army in 1918
`;

describe('generation per note', () => {
  it("gives a note's items from that note alone, whatever else the vault holds", () => {
    const alone = generateNote(knowledgeOf('b.md', TROTSKY));
    const beside = generateNote(knowledgeOf('b.md', TROTSKY), vaultPools(['Joseph Stalin', 'Leon Trotsky']));
    expect(beside.items.map((x) => x.item)).toEqual(alone.items.map((x) => x.item));
    expect(alone.items.length).toBeGreaterThan(0);
  });

  it('joined in path order by the vault merge, gives what a whole-vault build gives', () => {
    const notes = [knowledgeOf('b.md', TROTSKY), knowledgeOf('a.md', STALIN)];
    const whole = generateItems(notes);
    const merge = new VaultMerge();
    const joined = [notes[1], notes[0]].flatMap((k) =>
      merge.add(generateNote(k as NonNullable<typeof k>)).kept.map((x) => x.item),
    );
    expect(joined).toEqual(whole.items);
  });

  it('keeps the first of two notes asking the same question, as gate 7 did over the whole vault', () => {
    const whole = generateItems([knowledgeOf('a.md', STALIN), knowledgeOf('b.md', TROTSKY)]);
    const exile = whole.items.filter((i) => /exiled/.test(i.fact) && i.kind === 'date');
    expect(exile.map((i) => i.source.path)).toEqual(['a.md']);
    expect(whole.rejections.some((r) => r.gate === 'near-duplicate' && r.source.path === 'b.md')).toBe(true);
  });

  it('refuses notes out of path order (the result would depend on the order)', () => {
    const merge = new VaultMerge();
    const note = (path: string): NoteGeneration => ({ path, items: [], events: [], rejections: [] });
    merge.add(note('b.md'));
    expect(() => merge.add(note('a.md'))).toThrow(RangeError);
  });

  it('fingerprints the vault pool by its content, not by the order names come in', () => {
    expect(vaultPools(['Leon Trotsky', 'Joseph Stalin', 'Al']).fingerprint).toBe(
      vaultPools(['Joseph Stalin', 'Leon Trotsky', 'Leon Trotsky']).fingerprint,
    );
    expect(vaultPools(['Leon Trotsky']).fingerprint).not.toBe(vaultPools(['Joseph Stalin']).fingerprint);
  });
});

describe('the key set of the vault merge', () => {
  it('holds many 64-bit keys with their numbers, through growth', () => {
    const set = new KeySet();
    const key = (i: number) => (i * 2654435761).toString(16).padStart(16, '0').slice(-16);
    for (let i = 0; i < 50_000; i++) set.add(key(i), i % 1000);
    expect(set.size).toBe(50_000);
    expect(set.get(key(12_345))).toBe(345);
    expect(set.has('ffffffffffffffff')).toBe(false);
    set.add(key(7), 999);
    expect(set.get(key(7))).toBe(7);
  });

  it('can hold keys without numbers, for the ids', () => {
    const ids = new KeySet({ withValues: false });
    for (let i = 0; i < 5_000; i++) ids.add(i.toString(16).padStart(16, '0'));
    expect(ids.size).toBe(5_000);
    expect(ids.has((4_999).toString(16).padStart(16, '0'))).toBe(true);
    expect(ids.has('ffffffffffffffff')).toBe(false);
  });

  it('rejects keys that are not 16 hex digits', () => {
    expect(() => new KeySet().add('xyz')).toThrow(RangeError);
  });
});
