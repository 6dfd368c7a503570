/** Comparing timeline sort keys (`YYYY-MM-DD`, BC years negative: `-0509-00-00`). */

/** Chronological comparison of two sort keys. */
export function compareSortKeys(a: string, b: string): number {
  const [ya, ra] = split(a);
  const [yb, rb] = split(b);
  return ya - yb || (ra < rb ? -1 : ra > rb ? 1 : 0);
}

function split(key: string): [number, string] {
  const m = /^(-?\d+)(.*)$/.exec(key);
  return m ? [Number(m[1]), m[2]!] : [0, key];
}
