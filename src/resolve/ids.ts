// Short ids stable within a record (d1, p1, a1, c1, q1), in order of first appearance in the text.

export function withIds<T extends object>(prefix: string, items: T[], position: (x: T) => number): (T & { id: string })[] {
  return items
    .map((x, i) => ({ x, i, at: position(x) }))
    .sort((p, q) => p.at - q.at || p.i - q.i)
    .map(({ x }, n) => ({ id: `${prefix}${n + 1}`, ...x }));
}

/** The id after the highest one of a list ("p7" after p1..p6): for an item a later stage adds to a record. */
export function nextId(prefix: string, items: { id: string }[]): string {
  return `${prefix}${items.reduce((mx, x) => Math.max(mx, Number(x.id.slice(prefix.length)) || 0), 0) + 1}`;
}
