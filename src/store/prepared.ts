/**
 * Statements compiled once per store and run again with new parameters. Building and compiling a Kysely query
 * allocated 16–35 KB each time, most of an answer's garbage (docs/benchmarks.md, "The answer path"), so the
 * answer path's statements are built once with a marker per parameter and then run with the values put where
 * the markers were. Only for statements whose shape never changes with their values.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

interface PreparedStatement {
  readonly compiled: CompiledQuery;
  /** For each parameter of the compiled query: the name of the value that goes there. */
  readonly names: readonly string[];
}

/** One per store (root and its transactions share it): the SQL differs between stores (PostgreSQL schemas). */
export type PreparedStatements = Map<string, PreparedStatement>;

const MARKER = '\u0000recollect-parameter:';

/** A marker standing for the value `name` while the statement is built. */
export type Param = (name: string) => string;

const param: Param = (name) => `${MARKER}${name}`;

/**
 * Runs the statement `key` with `values`, building it with `build` the first time in `statements`. Every value
 * the statement takes must come through `param`, and `build` must give the same shape whatever the values.
 */
export async function runPrepared<R>(
  // biome-ignore lint/suspicious/noExplicitAny: the statement's tables are the caller's; only executeQuery is used.
  db: Kysely<any>,
  statements: PreparedStatements,
  key: string,
  values: Readonly<Record<string, unknown>>,
  build: (param: Param) => Compilable<R>,
): Promise<QueryResult<R>> {
  let prepared = statements.get(key);
  if (!prepared) {
    const compiled = build(param).compile();
    const names = compiled.parameters.map((value) => {
      if (typeof value !== 'string' || !value.startsWith(MARKER)) {
        throw new Error(`statement ${key} has a parameter that did not come through param()`);
      }
      return value.slice(MARKER.length);
    });
    prepared = { compiled, names };
    statements.set(key, prepared);
  }
  const parameters = prepared.names.map((name) => {
    if (!(name in values)) throw new Error(`statement ${key} needs a value for ${name}`);
    return values[name];
  });
  return db.executeQuery<R>({ ...(prepared.compiled as CompiledQuery<R>), parameters });
}
