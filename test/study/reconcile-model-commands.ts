/** fast-check commands for the reconcile model test: each changes the model vault, then scans and checks. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Store } from '../../src/store/types.js';
import { reconcile } from '../../src/study/reconcile.js';
import { clozeOf, scanOf, type VaultNotes } from './reconcile-fixtures.js';

export interface Fact {
  readonly lineage: number;
  text: string;
  reviews: number;
}

export interface Model {
  /** Note path → facts in order. */
  notes: Map<string, Fact[]>;
  /** Facts removed from the vault; their items must be retired with their reviews. */
  deleted: Fact[];
  nextLineage: number;
}

export interface Real {
  readonly store: Store;
  clock: number;
  lastVault: VaultNotes;
}

export interface Deps {
  readonly syncAndCheck: (model: Model, real: Real) => Promise<void>;
}

type Cmd = fc.AsyncCommand<Model, Real>;

/** A made-up word unique to one lineage, so different facts never look alike. */
export function wordOf(lineage: number, index: number): string {
  const hex = createHash('sha1').update(`${lineage}/${index}`).digest('hex');
  return [...hex.slice(0, 7)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** Text of a new fact: even lineages carry a year, which makes a sibling `date` item. */
export function newFactText(lineage: number): string {
  const body = [0, 1, 2, 3, 4].map((i) => wordOf(lineage, i)).join(' ');
  return lineage % 2 === 0 ? `In ${1100 + ((lineage * 37) % 900)} ${body}` : body;
}

const sortedPaths = (model: Model) => [...model.notes.keys()].sort();

/** The note and fact a pair of random selectors points at, if any. */
function pick(model: Model, noteSel: number, factSel: number) {
  const paths = sortedPaths(model);
  const path = paths[noteSel % Math.max(1, paths.length)];
  const facts = path === undefined ? undefined : model.notes.get(path);
  if (path === undefined || !facts || facts.length === 0) return undefined;
  const index = factSel % facts.length;
  return { path, facts, index, fact: facts[index]! };
}

/** One small edit: a typo in a word, a word appended, or two words swapped. */
function edit(fact: Fact, how: 'typo' | 'append' | 'swap', seed: number): string {
  const words = fact.text.split(' ');
  const body = words.flatMap((w, i) => (/^[a-p]+$/.test(w) ? [i] : []));
  const at = body[seed % body.length]!;
  if (how === 'append') return `${fact.text} ${wordOf(fact.lineage, 100 + seed)}`;
  if (how === 'swap') {
    const other = body[(seed + 1) % body.length]!;
    [words[at], words[other]] = [words[other]!, words[at]!];
    return words.join(' ');
  }
  const word = words[at]!;
  const pos = (seed >> 3) % word.length;
  const letter = String.fromCharCode(97 + ((word.charCodeAt(pos) - 97 + 1 + (seed % 15)) % 16));
  words[at] = word.slice(0, pos) + letter + word.slice(pos + 1);
  return words.join(' ');
}

/** A command that mutates the model (and possibly the store), then scans and checks. */
function command(label: string, act: (model: Model, real: Real) => Promise<void> | void, deps: Deps): Cmd {
  return {
    check: () => true,
    async run(model, real) {
      await act(model, real);
      await deps.syncAndCheck(model, real);
    },
    toString: () => label,
  };
}

function insertFact(model: Model, noteSel: number, pos: number): void {
  const paths = sortedPaths(model);
  const path = paths[noteSel % Math.max(1, paths.length)] ?? 'notes/a.md';
  const facts = model.notes.get(path) ?? [];
  const lineage = model.nextLineage++;
  facts.splice(pos % (facts.length + 1), 0, { lineage, text: newFactText(lineage), reviews: 0 });
  model.notes.set(path, facts);
}

/** Every command the model test draws from. */
export function makeCommands(deps: Deps): fc.Arbitrary<Cmd>[] {
  const sel = fc.nat(50);
  return [
    fc
      .tuple(sel, sel)
      .map(([n, p]) => command(`insert(${n},${p})`, (model) => insertFact(model, n, p), deps)),
    fc
      .tuple(
        sel,
        sel,
        fc.constantFrom('typo', 'append', 'swap') as fc.Arbitrary<'typo' | 'append' | 'swap'>,
        fc.nat(500),
      )
      .map(([n, f, how, seed]) =>
        command(
          `edit(${n},${f},${how},${seed})`,
          (model) => {
            const target = pick(model, n, f);
            if (target) target.fact.text = edit(target.fact, how, seed);
          },
          deps,
        ),
      ),
    fc.tuple(sel, fc.constantFrom('notes/b.md', 'archive/a.md', 'x/y/z.md', 'notes/a.md')).map(([n, to]) =>
      command(
        `rename(${n},${to})`,
        (model) => {
          const from = sortedPaths(model)[n % Math.max(1, model.notes.size)];
          if (from === undefined || model.notes.has(to)) return;
          model.notes.set(to, model.notes.get(from)!);
          model.notes.delete(from);
        },
        deps,
      ),
    ),
    fc.tuple(sel, sel, sel).map(([n, f, t]) =>
      command(
        `move(${n},${f},${t})`,
        (model) => {
          const target = pick(model, n, f);
          if (!target) return;
          target.facts.splice(target.index, 1);
          const others = sortedPaths(model).filter((p) => p !== target.path);
          const to = others[t % Math.max(1, others.length)] ?? 'notes/moved.md';
          model.notes.set(to, [...(model.notes.get(to) ?? []), target.fact]);
        },
        deps,
      ),
    ),
    fc.tuple(sel, sel).map(([n, f]) =>
      command(
        `delete(${n},${f})`,
        (model) => {
          const target = pick(model, n, f);
          if (!target) return;
          target.facts.splice(target.index, 1);
          model.deleted.push(target.fact);
        },
        deps,
      ),
    ),
    sel.map((n) =>
      command(
        `deleteNote(${n})`,
        (model) => {
          const path = sortedPaths(model)[n % Math.max(1, model.notes.size)];
          if (path === undefined) return;
          model.deleted.push(...model.notes.get(path)!);
          model.notes.delete(path);
        },
        deps,
      ),
    ),
    fc.tuple(sel, sel).map(([d, n]) =>
      command(
        `restore(${d},${n})`,
        (model) => {
          const fact = model.deleted.splice(d % Math.max(1, model.deleted.length), 1)[0];
          if (!fact) return;
          const path = sortedPaths(model)[n % Math.max(1, model.notes.size)] ?? 'notes/a.md';
          model.notes.set(path, [...(model.notes.get(path) ?? []), fact]);
        },
        deps,
      ),
    ),
    fc.tuple(sel, sel, fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>).map(([n, f, rating]) =>
      command(
        `review(${n},${f},${rating})`,
        async (model, real) => {
          const target = pick(model, n, f);
          if (!target) return;
          const itemId = clozeOf(target.fact.text).id;
          const at = new Date(real.clock);
          await real.store.appendReview({
            itemId,
            rating,
            reviewedAt: at,
            durationMs: 1000,
            stateBefore: null,
            stateAfter: null,
          });
          target.fact.reviews++;
        },
        deps,
      ),
    ),
    fc.tuple(sel, sel).map(([n, p]) =>
      command(
        `interruptedInsert(${n},${p})`,
        async (model, real) => {
          insertFact(model, n, p);
          const vault = Object.fromEntries(
            [...model.notes].map(([path, fs]) => [path, fs.map((x) => x.text)]),
          );
          const before = JSON.stringify(await real.store.listItems());
          const failed = await reconcile(crashingStore(real.store), scanOf(vault), new Date(real.clock)).then(
            () => false,
            () => true,
          );
          if (!failed) throw new Error('the crashing scan should have failed');
          // All or nothing: the crashed scan left no trace.
          if (JSON.stringify(await real.store.listItems()) !== before)
            throw new Error('a crashed scan wrote items');
        },
        deps,
      ),
    ),
    fc.constant(
      command(
        'repeatFullScan',
        async (_model, real) => {
          // A full, non-incremental rescan of an already scanned vault must change nothing.
          const report = await reconcile(real.store, scanOf(real.lastVault), new Date(real.clock));
          const changes = report.added + report.updated + report.retired + report.revived + report.moved;
          if (changes !== 0) throw new Error(`repeated scan changed things: ${JSON.stringify(report)}`);
        },
        deps,
      ),
    ),
  ];
}

/** A store whose transactions crash at their last write (the notes), after everything else was written. */
function crashingStore(inner: Store): Store {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return <T>(fn: (tx: Store) => Promise<T>) =>
        target.transaction((tx) =>
          fn(
            new Proxy(tx, {
              get: (t, p, r) =>
                p === 'upsertNotes' ? () => Promise.reject(new Error('killed')) : Reflect.get(t, p, r),
            }),
          ),
        );
    },
  });
}
